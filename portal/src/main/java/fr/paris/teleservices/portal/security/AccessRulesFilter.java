package fr.paris.teleservices.portal.security;

import fr.paris.teleservices.portal.security.secondfactor.SecondFactorGate;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Answers 404 to any address without an explicit rule in {@link AccessRules}, and holds a staff
 * member who has not yet typed their second-factor code on the code page.
 *
 * <p>The in-container test deployment adds, through a web fragment of its own, the address of
 * Arquillian's test runner ({@value #EXTRA_PREFIXES}); the portal's WAR itself never sets it.
 */
public class AccessRulesFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String EXTRA_PREFIXES = "fr.paris.teleservices.portal.access.extra-open-prefixes";

  private List<String> extraPrefixes = List.of();

  @Override
  public void init() {
    String extra = getServletContext().getInitParameter(EXTRA_PREFIXES);
    if (extra != null && !extra.isBlank()) {
      extraPrefixes = List.of(extra.trim().split("\\s*,\\s*"));
    }
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!AccessRules.isCovered(path) && extraPrefixes.stream().noneMatch(path::startsWith)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (SecondFactorGate.pending(request) && !SecondFactorGate.openWhilePending(path)) {
      if ("GET".equals(request.getMethod())) {
        response.sendRedirect(request.getContextPath() + SecondFactorGate.PAGE);
      } else {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
      }
      return;
    }
    chain.doFilter(request, response);
  }
}
