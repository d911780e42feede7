package fr.paris.teleservices.notifications.reminder;

import fr.paris.teleservices.notifications.text.Where;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A request that has just become INCOMPLETE, as the portal describes it for planning.
 *
 * @param subject the application's opaque reference (its id), which {@code cancelPlan} names too
 * @param number the request number the person knows, shown in the SMS
 * @param phone the usager's phone (E.164 or as typed), or null when they gave none
 * @param language the usager's language code
 * @param receivedOn the receipt date (the 2-month clock starts there)
 * @param completionDeadline the last day to supply the missing pieces (receipt + 2 months)
 * @param incompleteSince when this incomplete episode began; it identifies the episode, so planning
 *     the same episode twice plans once and a later episode gets its own plan
 * @param where where to act: the portal's address, or the usager's EPS
 * @param remindersAllowed the usager's "SMS reminders" setting
 */
public record IncompleteApplication(
    String subject,
    String number,
    String phone,
    String language,
    LocalDate receivedOn,
    LocalDate completionDeadline,
    Instant incompleteSince,
    Where where,
    boolean remindersAllowed) {

  public IncompleteApplication {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(receivedOn, "receivedOn");
    Objects.requireNonNull(completionDeadline, "completionDeadline");
    Objects.requireNonNull(incompleteSince, "incompleteSince");
    Objects.requireNonNull(where, "where");
  }

  @Override
  public String toString() {
    return "IncompleteApplication[" + subject + ", deadline " + completionDeadline + "]";
  }
}
