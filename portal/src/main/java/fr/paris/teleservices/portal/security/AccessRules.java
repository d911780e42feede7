package fr.paris.teleservices.portal.security;

import fr.paris.teleservices.portal.account.Role;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who may open which address. Deny by default: an address that is neither public nor inside a role
 * area does not exist for anyone. The role areas are also declared in web.xml, where the container
 * enforces them and sends anonymous visitors to the login page; AccessRulesTest checks that both
 * lists agree and that every page of the application falls under one rule.
 */
public final class AccessRules {

  /** Pages anyone may open. */
  static final List<String> PUBLIC_PAGES =
      List.of(
          "/", "/index.xhtml", "/login.xhtml", "/signup.xhtml",
          "/aides.xhtml", "/aide.xhtml", "/eligibilite.xhtml", "/recover.xhtml",
          // The second-factor page: its bean sends anyone but a staff member mid-login away.
          "/second-factor.xhtml");

  /**
   * Address prefixes anyone may open: error pages, stylesheets and images, health probes, and
   * Twilio's callbacks (each one checked by its signature).
   */
  static final List<String> PUBLIC_PREFIXES =
      List.of("/error/", "/jakarta.faces.resource/", "/health", "/api/twilio/");

  /**
   * The roles that may enter each area. Agents enter the usager area only to act for a usager
   * under an active mandate; pages there answer 404 to an agent without one.
   */
  static final Map<String, Set<Role>> ROLE_AREAS =
      Map.of(
          "/usager/", Set.of(Role.USAGER, Role.AGENT),
          "/social-worker/", Set.of(Role.SOCIAL_WORKER),
          "/agent/", Set.of(Role.AGENT),
          "/admin/", Set.of(Role.ADMIN));

  private AccessRules() {}

  public static boolean isPublic(String path) {
    return PUBLIC_PAGES.contains(path) || PUBLIC_PREFIXES.stream().anyMatch(path::startsWith);
  }

  /** The roles allowed in the area that holds the address, if any. */
  public static Optional<Set<Role>> areaOf(String path) {
    return ROLE_AREAS.entrySet().stream()
        .filter(e -> path.startsWith(e.getKey()))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  /** Whether the address has an explicit rule: public, or inside a role area. */
  public static boolean isCovered(String path) {
    return isPublic(path) || areaOf(path).isPresent();
  }
}
