package fr.paris.teleservices.portal.security;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.account.LoginThrottle;
import fr.paris.teleservices.portal.security.secondfactor.SecondFactor;
import fr.paris.teleservices.portal.security.secondfactor.SecondFactorGate;
import fr.paris.teleservices.portal.web.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The login page: one field for an e-mail, a phone number or an identifier, and a password. */
@Named
@RequestScoped
public class Login {

  @Inject SessionLogin sessions;
  @Inject LoginThrottle throttle;
  @Inject Page page;

  private String identifier;
  private String password;
  /** Where to go after logging in: a page of the person's own area, e.g. the request they started. */
  private String next;

  public void login() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    String address = request.getRemoteAddr();
    String login = identifier == null ? "" : identifier.strip();

    Instant lockedUntil = throttle.lockedUntil(login, address);
    if (lockedUntil != null) {
      long minutes = Duration.between(Instant.now(), lockedUntil).toMinutes() + 1;
      page.error(null, "login.error.locked", minutes);
      return;
    }
    Optional<Account> account = sessions.open(request, response, login, password);
    if (account.isEmpty()) {
      throttle.recordFailure(login, address);
      page.error(null, "login.error.invalid");
      return;
    }
    String target = safeNext(next, account.get()).orElse(account.get().getRole().home());
    if (SecondFactor.required(account.get())) {
      // The failures counted so far stay until the code is right: wrong codes add to them.
      SecondFactorGate.rememberNext(request, target);
      target = SecondFactorGate.PAGE;
    } else {
      throttle.recordSuccess(login);
    }
    external.redirect(external.getRequestContextPath() + target);
  }

  /**
   * The page asked for before logging in, when it is a page of this person's area: never another
   * site (an open redirect) nor a page their role cannot open.
   */
  public static java.util.Optional<String> safeNext(String next, Account account) {
    if (next == null || !next.matches("/[A-Za-z0-9/_.-]+\\.xhtml(\\?[A-Za-z0-9=&_.%-]*)?") || next.contains("..")) {
      return java.util.Optional.empty();
    }
    String path = next.contains("?") ? next.substring(0, next.indexOf('?')) : next;
    boolean allowed =
        AccessRules.isPublic(path)
            || AccessRules.areaOf(path).map(roles -> roles.contains(account.getRole())).orElse(false);
    return allowed ? java.util.Optional.of(next) : java.util.Optional.empty();
  }

  public String getEncodedNext() {
    return next == null ? "" : java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8);
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public String getIdentifier() {
    return identifier;
  }

  public void setIdentifier(String identifier) {
    this.identifier = identifier;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
