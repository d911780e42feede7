package fr.paris.teleservices.portal.mandate;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.account.Role;
import fr.paris.teleservices.portal.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * An agent enters the usager area only under an active mandate (404 otherwise, as for any data that
 * is not theirs) and only where its scope allows (403: the agent knows whom they act for, the page
 * is simply not theirs to use). The agent's own address for opening a usager's document is held to
 * the same scope. Usagers pass through untouched.
 */
@WebFilter(urlPatterns = {"/usager/*", "/agent/files/document"})
public class MandateScopeFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(MandateScopeFilter.class.getName());

  @Inject transient CurrentUser me;
  @Inject transient ActiveMandate active;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<Account> account = me.account();
    if (account.isEmpty() || account.get().getRole() != Role.AGENT) {
      chain.doFilter(request, response);
      return;
    }
    Optional<Mandate> mandate = active.mandate();
    if (mandate.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    ScopeRules.Decision decision = ScopeRules.decide(path, request.getMethod(), postedForms(request));
    if (!decision.allows(mandate.get().getScopes())) {
      LOG.info(() -> "Mandate " + mandate.get().getPublicId() + " does not allow " + request.getMethod() + " " + path);
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(request, response);
  }

  /** The Faces forms posted: parameters whose value is their own name. */
  private static Set<String> postedForms(HttpServletRequest request) {
    if (!"POST".equals(request.getMethod())) {
      return Set.of();
    }
    Set<String> forms = new HashSet<>();
    for (String name : Collections.list(request.getParameterNames())) {
      if (!name.contains(":") && name.equals(request.getParameter(name))) {
        forms.add(name);
      }
    }
    return forms;
  }
}
