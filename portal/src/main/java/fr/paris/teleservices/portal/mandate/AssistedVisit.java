package fr.paris.teleservices.portal.mandate;

import jakarta.servlet.http.HttpSession;
import java.util.Collections;

/**
 * What an agent's session keeps during a visit: the mandate it acts under, and secrets shown once
 * on the recap sheet (a new account's first recovery code). Leaving the visit forgets both.
 */
public final class AssistedVisit {

  private static final String SECRET_PREFIX = "portal.visit.";

  private AssistedVisit() {}

  /** From now on, this session acts under the mandate. */
  public static void enter(HttpSession session, Mandate mandate) {
    leave(session);
    ActiveMandate.enter(session, mandate);
  }

  /** Keeps a secret for the recap sheet of this visit only. */
  public static void keep(HttpSession session, String name, String value) {
    session.setAttribute(SECRET_PREFIX + name, value);
  }

  public static String secret(HttpSession session, String name) {
    return session == null ? null : (String) session.getAttribute(SECRET_PREFIX + name);
  }

  /** The session acts for nobody and forgets the visit's secrets. */
  public static void leave(HttpSession session) {
    if (session == null) {
      return;
    }
    ActiveMandate.leave(session);
    for (String name : Collections.list(session.getAttributeNames())) {
      if (name.startsWith(SECRET_PREFIX)) {
        session.removeAttribute(name);
      }
    }
  }
}
