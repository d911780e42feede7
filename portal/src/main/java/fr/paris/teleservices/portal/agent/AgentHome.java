package fr.paris.teleservices.portal.agent;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.account.AccountService;
import fr.paris.teleservices.portal.account.LoginThrottle;
import fr.paris.teleservices.portal.account.Role;
import fr.paris.teleservices.portal.mandate.ActiveMandate;
import fr.paris.teleservices.portal.mandate.AssistedVisit;
import fr.paris.teleservices.portal.mandate.ConsentMethod;
import fr.paris.teleservices.portal.mandate.Mandate;
import fr.paris.teleservices.portal.mandate.MandateService;
import fr.paris.teleservices.portal.security.CurrentUser;
import fr.paris.teleservices.portal.web.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The agent's home: the session in progress, two ways to start one (find the person's account and
 * ask for their consent, or let the person log in on this screen), creating an account, issuing a
 * recovery code, and the agent's recent sessions — masked once they are over.
 */
@Named
@RequestScoped
public class AgentHome {

  @Inject CurrentUser me;
  @Inject ActiveMandate active;
  @Inject MandateService mandates;
  @Inject AccountLookup lookup;
  @Inject AccountService accounts;
  @Inject LoginThrottle throttle;
  @Inject Page page;

  private String identifier;
  private final ScopeChoice askChoice = new ScopeChoice();

  private String login;
  private String password;
  private final ScopeChoice loginChoice = new ScopeChoice();

  private List<Mandate> recent;

  public Optional<Mandate> getCurrent() {
    return active.mandate();
  }

  public List<Mandate> getRecent() {
    if (recent == null) {
      recent = mandates.ofAgent(me.require(), 15);
    }
    return recent;
  }

  /** Who a session was with: the name while the mandate runs, initials once it is over. */
  public String who(Mandate mandate) {
    return mandate.isActiveAt(Instant.now())
        ? mandate.getUsager().getDisplayName()
        : MaskedIdentity.of(mandate.getUsager()).initials();
  }

  public boolean active(Mandate mandate) {
    return mandate.isActiveAt(Instant.now());
  }

  public boolean resumable(Mandate mandate) {
    return mandate.isActiveAt(Instant.now()) && !getCurrent().map(m -> m.getPublicId().equals(mandate.getPublicId())).orElse(false);
  }

  public String stateOf(Mandate mandate) {
    if (!mandate.getState().isClosed() && !Instant.now().isBefore(mandate.getExpiresAt())) {
      return "EXPIRED";
    }
    return mandate.getState().name();
  }

  /** Finds the person's account and asks for their consent (code by SMS, or approval on their phone). */
  public void ask() throws IOException {
    Optional<Account> usager = lookup.usager(identifier);
    if (usager.isEmpty()) {
      page.error("find:identifier", "assisted.find.none");
      return;
    }
    Mandate mandate = mandates.ask(me.require(), usager.get().getPublicId(), askChoice.scopes(), askChoice.duration());
    Redirects.to("/agent/consent.xhtml?mandate=" + mandate.getPublicId());
  }

  /** The person typed their own identifier and password on the agent's screen: that is their consent. */
  public void openWithPassword() throws IOException {
    HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    String typed = Codes.normalizeLogin(login);
    String address = request.getRemoteAddr();
    Instant lockedUntil = throttle.lockedUntil(typed, address);
    if (lockedUntil != null) {
      page.error("person:login", "login.error.locked", Duration.between(Instant.now(), lockedUntil).toMinutes() + 1);
      return;
    }
    // Checks the password without logging anyone in: the agent's own session stays the agent's.
    Optional<Account> usager = accounts.authenticate(typed, password).filter(a -> a.getRole() == Role.USAGER);
    if (usager.isEmpty()) {
      throttle.recordFailure(typed, address);
      page.error("person:login", "login.error.invalid");
      return;
    }
    throttle.recordSuccess(typed);
    Mandate mandate =
        mandates.openConsented(
            me.require(), usager.get().getPublicId(), loginChoice.scopes(), loginChoice.duration(), ConsentMethod.PASSWORD);
    AssistedVisit.enter(Redirects.session(), mandate);
    page.flash("assisted.done.started", usager.get().getDisplayName());
    Redirects.to("/usager/demarches.xhtml");
  }

  /** Takes up again a session still running (after logging in again, or from another page). */
  public void resume() throws IOException {
    Mandate mandate =
        mandates.active(me.require().getPublicId(), Redirects.parameter("mandate"), Instant.now())
            .orElseThrow(fr.paris.teleservices.portal.mandate.MandateNotFound::new);
    AssistedVisit.enter(Redirects.session(), mandate);
    page.flash("assisted.done.started", mandate.getUsager().getDisplayName());
    Redirects.to("/usager/demarches.xhtml");
  }

  /** Ends one of the agent's sessions. */
  public void end() throws IOException {
    String id = Redirects.parameter("mandate");
    mandates.endByAgent(me.require(), id);
    if (getCurrent().map(m -> m.getPublicId().equals(id)).orElse(false)) {
      AssistedVisit.leave(Redirects.session());
    }
    page.flash("assisted.done.ended");
    Redirects.to("/agent/index.xhtml");
  }

  public String getIdentifier() {
    return identifier;
  }

  public void setIdentifier(String identifier) {
    this.identifier = identifier;
  }

  public ScopeChoice getAskChoice() {
    return askChoice;
  }

  public String getLogin() {
    return login;
  }

  public void setLogin(String login) {
    this.login = login;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public ScopeChoice getLoginChoice() {
    return loginChoice;
  }
}
