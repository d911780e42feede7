package fr.paris.teleservices.notifications.optout;

import fr.paris.teleservices.notifications.sms.PhoneNumbers;
import java.time.Instant;

/**
 * What the register knows about one number.
 *
 * @param optedOut whether nothing may be sent to it
 * @param optedOutAt when it was opted out, or null
 * @param optOutSource how, or null
 * @param flagCode the provider's reason for refusing the number for good ("21211"), or null
 * @param flaggedAt when, or null
 */
public record NumberStatus(
    String e164,
    boolean optedOut,
    Instant optedOutAt,
    OptOutSource optOutSource,
    String flagCode,
    Instant flaggedAt) {

  /** The status of a number the register has never seen. */
  public static NumberStatus unknown(String e164) {
    return new NumberStatus(e164, false, null, null, null, null);
  }

  public boolean flagged() {
    return flagCode != null;
  }

  @Override
  public String toString() {
    return "NumberStatus[" + PhoneNumbers.mask(e164) + ", optedOut=" + optedOut + ", flag=" + flagCode + "]";
  }
}
