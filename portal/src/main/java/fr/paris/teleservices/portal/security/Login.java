package fr.paris.teleservices.portal.security;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.account.LoginThrottle;
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
    throttle.recordSuccess(login);
    external.redirect(external.getRequestContextPath() + account.get().getRole().home());
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
