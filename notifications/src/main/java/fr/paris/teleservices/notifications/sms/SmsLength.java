package fr.paris.teleservices.notifications.sms;

/**
 * The exact size of a text as an SMS.
 *
 * @param encoding GSM-7 when every character is in the GSM 03.38 alphabet, UCS-2 otherwise
 * @param characters the characters a person sees (code points)
 * @param units septets (GSM-7: extension characters such as € count two) or UTF-16 code units
 * @param segments the number of SMS billed and delivered
 */
public record SmsLength(SmsEncoding encoding, int characters, int units, int segments) {

  /** Measures a text, splitting parts exactly as handsets do. */
  public static SmsLength of(String text) {
    int characters = text.codePointCount(0, text.length());
    if (GsmAlphabet.encodable(text)) {
      int[] sizes = text.chars().map(GsmAlphabet::septets).toArray();
      return new SmsLength(SmsEncoding.GSM_7, characters, sum(sizes), segments(sizes, SmsEncoding.GSM_7));
    }
    int[] sizes = text.codePoints().map(Character::charCount).toArray();
    return new SmsLength(SmsEncoding.UCS_2, characters, sum(sizes), segments(sizes, SmsEncoding.UCS_2));
  }

  /**
   * Counts parts without splitting a unit: an escaped GSM character (two septets) or a surrogate
   * pair (two code units) never straddles two parts, so a part may carry one unit less.
   */
  private static int segments(int[] sizes, SmsEncoding encoding) {
    int total = sum(sizes);
    if (total == 0) {
      return 0;
    }
    if (total <= encoding.singleCapacity()) {
      return 1;
    }
    int parts = 1;
    int used = 0;
    for (int size : sizes) {
      if (used + size > encoding.partCapacity()) {
        parts++;
        used = 0;
      }
      used += size;
    }
    return parts;
  }

  private static int sum(int[] sizes) {
    int total = 0;
    for (int size : sizes) {
      total += size;
    }
    return total;
  }
}
