package fr.paris.teleservices.notifications.sms;

/**
 * How a text travels. GSM-7 packs 160 characters in one SMS (153 per part of a long one); a single
 * character outside its alphabet (an Arabic letter, "ê", "’", an emoji) switches the whole message
 * to UCS-2: 70 per SMS, 67 per part.
 */
public enum SmsEncoding {
  GSM_7(160, 153),
  UCS_2(70, 67);

  private final int singleCapacity;
  private final int partCapacity;

  SmsEncoding(int singleCapacity, int partCapacity) {
    this.singleCapacity = singleCapacity;
    this.partCapacity = partCapacity;
  }

  /** Units (septets or UTF-16 code units) that fit in a message sent as one SMS. */
  public int singleCapacity() {
    return singleCapacity;
  }

  /** Units that fit in each part of a concatenated message (the rest carries the part header). */
  public int partCapacity() {
    return partCapacity;
  }
}
