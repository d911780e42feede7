package fr.paris.teleservices.portal.vault;

import fr.paris.teleservices.vault.sharing.GranteeKind;
import java.util.Optional;

/**
 * One entry of the "share with" list, as the form sends it back: {@code STRUCTURE:EPS-13} or
 * {@code SOCIAL_WORKER:<account public id>}. Only the kind and the id travel; the name is read
 * again from the database, never taken from the request.
 */
public record GranteeChoice(GranteeKind kind, String id) {

  public static Optional<GranteeChoice> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    int colon = value.indexOf(':');
    if (colon <= 0 || colon == value.length() - 1) {
      return Optional.empty();
    }
    try {
      GranteeKind kind = GranteeKind.valueOf(value.substring(0, colon));
      String id = value.substring(colon + 1);
      return id.isBlank() || id.length() > 64 ? Optional.empty() : Optional.of(new GranteeChoice(kind, id));
    } catch (IllegalArgumentException unknownKind) {
      return Optional.empty();
    }
  }

  public String value() {
    return kind.name() + ":" + id;
  }
}
