package fr.paris.teleservices.portal.security.secondfactor;

import fr.paris.teleservices.portal.account.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.List;

/**
 * Between the password and the code, a staff member's session is authenticated but not yet
 * trusted: the only addresses it opens are the code page, its resources and the error pages.
 * Checked by the access filter on every request, so no page, download or form can forget it.
 */
public final class SecondFactorGate {

  public static final String PAGE = "/second-factor.xhtml";
  private static final String PASSED = "portal.second-factor.passed";
  private static final String NEXT = "portal.second-factor.next";
  private static final List<String> OPEN_WHILE_PENDING =
      List.of(PAGE, "/jakarta.faces.resource/", "/error/", "/health");

  private SecondFactorGate() {}

  /** Whether this request comes from a staff member who has typed a password but no code yet. */
  public static boolean pending(HttpServletRequest request) {
    Principal principal = request.getUserPrincipal();
    if (principal == null || !isStaff(request)) {
      return false;
    }
    HttpSession session = request.getSession(false);
    return session == null || !principal.getName().equals(session.getAttribute(PASSED));
  }

  public static boolean openWhilePending(String path) {
    return OPEN_WHILE_PENDING.stream().anyMatch(path::startsWith);
  }

  public static void markPassed(HttpServletRequest request) {
    request.getSession().setAttribute(PASSED, request.getUserPrincipal().getName());
  }

  /** Where to go once the code is accepted (a page of the person's own area, already checked). */
  public static void rememberNext(HttpServletRequest request, String next) {
    request.getSession().setAttribute(NEXT, next);
  }

  public static String takeNext(HttpServletRequest request) {
    HttpSession session = request.getSession();
    String next = (String) session.getAttribute(NEXT);
    session.removeAttribute(NEXT);
    return next;
  }

  private static boolean isStaff(HttpServletRequest request) {
    return request.isUserInRole(Role.SOCIAL_WORKER.name())
        || request.isUserInRole(Role.AGENT.name())
        || request.isUserInRole(Role.ADMIN.name());
  }
}
