package fr.paris.teleservices.portal.mandate;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.account.Role;
import fr.paris.teleservices.portal.dossier.MandateContext;
import fr.paris.teleservices.portal.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.Optional;

/**
 * The mandate the agent of this request acts under: its id is kept in the agent's session and the
 * mandate is read again from the database on every request — still theirs, active, not expired,
 * not ended by the person a moment ago. When it no longer holds, it is forgotten and usager pages
 * answer 404 to the agent.
 */
@RequestScoped
public class ActiveMandate implements MandateContext {

  /** The session attribute holding the public id of the mandate the agent acts under. */
  public static final String SESSION_ATTRIBUTE = "portal.mandate";

  @Inject HttpServletRequest request;
  @Inject CurrentUser me;
  @Inject MandateService mandates;

  private final Clock clock = Clock.systemUTC();
  private Optional<Mandate> mandate;

  public Optional<Mandate> mandate() {
    if (mandate == null) {
      mandate = Optional.empty();
      HttpSession session = request.getSession(false);
      if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof String id) {
        Optional<Account> agent = me.account().filter(a -> a.getRole() == Role.AGENT);
        if (agent.isPresent()) {
          mandate = mandates.active(agent.get().getPublicId(), id, clock.instant());
        }
        if (mandate.isEmpty()) {
          session.removeAttribute(SESSION_ATTRIBUTE);
        }
      }
    }
    return mandate;
  }

  @Override
  public Optional<Account> activeUsager() {
    return mandate().map(Mandate::getUsager);
  }

  @Override
  public Optional<String> activeMandateId() {
    return mandate().map(Mandate::getPublicId);
  }

  /** Whether the agent acts under a mandate that holds this scope. */
  public boolean allows(Scope scope) {
    return mandate().map(m -> m.allows(scope)).orElse(false);
  }

  /** From now on, this session acts under the mandate. */
  public static void enter(HttpSession session, Mandate mandate) {
    session.setAttribute(SESSION_ATTRIBUTE, mandate.getPublicId());
  }

  /** This session no longer acts for anyone. */
  public static void leave(HttpSession session) {
    if (session != null) {
      session.removeAttribute(SESSION_ATTRIBUTE);
    }
  }
}
