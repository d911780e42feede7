package fr.paris.teleservices.portal.agent;

import fr.paris.teleservices.notifications.sms.PhoneNumbers;
import fr.paris.teleservices.portal.account.Account;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What an agent may see of an account before the person consents: enough for the person to say
 * "yes, that is me" (initials, the last digits of their phone, the shape of their e-mail), nothing
 * more.
 */
public record MaskedIdentity(String initials, String phone, String email) implements java.io.Serializable {

  private static final String MASK = "•••";

  public static MaskedIdentity of(Account account) {
    return new MaskedIdentity(
        initials(account.getDisplayName()),
        account.getPhone() == null ? null : PhoneNumbers.mask(account.getPhone()),
        account.getEmail() == null ? null : email(account.getEmail()));
  }

  /** "A. B." for "Amina Benali"; a letter per word, any script. */
  static String initials(String name) {
    if (name == null || name.isBlank()) {
      return MASK;
    }
    return Arrays.stream(name.strip().split("[\\s\\-]+"))
        .filter(w -> !w.isEmpty())
        .map(w -> new String(Character.toChars(w.codePointAt(0))).toUpperCase(Locale.ROOT) + ".")
        .collect(Collectors.joining(" "));
  }

  /** "a•••@e•••.org" for "amina@example.org". */
  static String email(String email) {
    int at = email.indexOf('@');
    if (at < 1) {
      return MASK;
    }
    String domain = email.substring(at + 1);
    int dot = domain.lastIndexOf('.');
    String tld = dot < 0 ? "" : domain.substring(dot);
    String host = dot < 0 ? domain : domain.substring(0, dot);
    return email.charAt(0) + MASK + "@" + (host.isEmpty() ? "" : host.charAt(0) + MASK) + tld;
  }
}
