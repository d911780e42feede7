package fr.paris.teleservices.notifications.reminder;

import fr.paris.teleservices.notifications.text.Where;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A domiciliation whose attestation ends on {@code endsOn}; renewal is never automatic, so the
 * person is told two months before.
 *
 * @param subject the domiciliation's opaque reference
 * @param phone the person's phone, or null
 * @param where where to renew (usually the structure that domiciles them)
 * @param notificationsAllowed the person's SMS setting
 */
public record DomiciliationEnding(
    String subject, String phone, String language, LocalDate endsOn, Where where, boolean notificationsAllowed) {

  public DomiciliationEnding {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(endsOn, "endsOn");
    Objects.requireNonNull(where, "where");
  }
}
