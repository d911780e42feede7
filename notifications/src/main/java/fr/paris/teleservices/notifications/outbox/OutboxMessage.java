package fr.paris.teleservices.notifications.outbox;

import fr.paris.teleservices.notifications.sms.PhoneNumbers;
import fr.paris.teleservices.notifications.text.SmsKind;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One SMS to write to the outbox.
 *
 * @param dedupeKey unique per intended message; writing the same key again changes nothing
 * @param subject the opaque reference of what it is about (an application, a domiciliation, an
 *     account), chosen by the portal, at most 100 characters
 * @param recipient E.164, a mobile
 * @param language the language code the text is rendered in
 * @param params the template's named parameters: strings and numbers only
 * @param dueAt the earliest instant it may go (already moved into the sending window if the kind
 *     respects it)
 * @param notAfter the instant after which it must not go any more, or null
 */
public record OutboxMessage(
    String dedupeKey,
    SmsKind kind,
    String subject,
    String recipient,
    String language,
    Map<String, Object> params,
    Instant dueAt,
    Instant notAfter) {

  public OutboxMessage {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(dueAt, "dueAt");
    if (dedupeKey == null || dedupeKey.isBlank() || dedupeKey.length() > 191) {
      throw new IllegalArgumentException("A dedupe key of 1 to 191 characters is required");
    }
    if (subject == null || subject.isBlank() || subject.length() > 100) {
      throw new IllegalArgumentException("A subject of 1 to 100 characters is required");
    }
    if (recipient == null || !recipient.matches("\\+[1-9]\\d{6,14}")) {
      throw new IllegalArgumentException("The recipient must be in E.164 form");
    }
    for (Object value : params.values()) {
      if (!(value instanceof String || value instanceof Number)) {
        throw new IllegalArgumentException("Template parameters are strings or numbers");
      }
    }
    params = Map.copyOf(params);
  }

  @Override
  public String toString() {
    return "OutboxMessage[" + dedupeKey + ", " + kind + " to " + PhoneNumbers.mask(recipient) + "]";
  }
}
