package fr.paris.teleservices.portal.account;

import fr.paris.teleservices.notifications.sms.PhoneNumber;
import fr.paris.teleservices.notifications.sms.PhoneNumbers;
import java.util.Locale;
import java.util.Optional;

/**
 * What a person types in the "identifiant" field: an e-mail address, a phone number (in any common
 * French writing: "06 12 34 56 78", "+33 6…") or a login identifier given by an agent.
 */
public record LoginIdentifier(Kind kind, String value) {

  /** Which column the identifier matches. */
  public enum Kind {
    EMAIL,
    PHONE,
    LOGIN_ID
  }

  public static LoginIdentifier parse(String typed) {
    String raw = typed == null ? "" : typed.strip();
    if (raw.contains("@")) {
      return new LoginIdentifier(Kind.EMAIL, normalizeEmail(raw));
    }
    Optional<String> phone = normalizePhone(raw);
    if (phone.isPresent()) {
      return new LoginIdentifier(Kind.PHONE, phone.get());
    }
    return new LoginIdentifier(Kind.LOGIN_ID, raw.toLowerCase(Locale.ROOT));
  }

  public static String normalizeEmail(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  /** The number in E.164 when it is a valid phone number (French by default), else empty. */
  public static Optional<String> normalizePhone(String raw) {
    if (raw == null || raw.chars().filter(Character::isDigit).count() < 6) {
      return Optional.empty();
    }
    return PhoneNumbers.tryParse(raw).map(PhoneNumber::e164);
  }
}
