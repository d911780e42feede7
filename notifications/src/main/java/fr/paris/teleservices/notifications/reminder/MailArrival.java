package fr.paris.teleservices.notifications.reminder;

import fr.paris.teleservices.notifications.text.Where;
import java.util.Objects;

/**
 * Mail received for a domicilié — the event DomiFa notifies by SMS.
 *
 * @param subject the domiciliation's opaque reference
 * @param arrivalId the portal's id of this arrival (one SMS per arrival, however often it is saved)
 * @param count how many items arrived
 * @param where the structure where the mail waits
 */
public record MailArrival(
    String subject, String arrivalId, int count, String phone, String language, Where where,
    boolean notificationsAllowed) {

  public MailArrival {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(arrivalId, "arrivalId");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(where, "where");
    if (count < 1) {
      throw new IllegalArgumentException("At least one item of mail");
    }
  }
}
