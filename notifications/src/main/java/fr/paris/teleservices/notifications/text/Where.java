package fr.paris.teleservices.notifications.text;

import java.util.Map;
import java.util.Objects;

/**
 * Where the person acts on a message: online at the portal's address, or at their EPS (for people
 * followed by a social worker, and for domiciliation mail).
 */
public record Where(Kind kind, String label) {

  public enum Kind {
    ONLINE,
    EPS
  }

  public Where {
    Objects.requireNonNull(kind, "kind");
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("A place to act is required");
    }
  }

  /** The portal's address, as short as possible ("teleservices.paris.fr"). */
  public static Where online(String address) {
    return new Where(Kind.ONLINE, address);
  }

  /**
   * The person's EPS as they know it, without the word "EPS", which the texts already say:
   * "Paris 18 (Belliard)".
   */
  public static Where eps(String name) {
    return new Where(Kind.EPS, name);
  }

  /** The template parameters: {@code whereKind} (select "online"/"eps") and {@code where}. */
  public Map<String, Object> params() {
    return Map.of("whereKind", kind == Kind.EPS ? "eps" : "online", "where", label);
  }
}
