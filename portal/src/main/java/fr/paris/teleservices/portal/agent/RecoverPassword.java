package fr.paris.teleservices.portal.agent;

import fr.paris.teleservices.portal.account.AccountService;
import fr.paris.teleservices.portal.account.LoginThrottle;
import fr.paris.teleservices.portal.web.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The public recovery page: the person types their identifier, the one-time code an agent gave them
 * (or the one printed on their recap sheet) and a new password. Tries are limited per account and
 * per address, as for logging in, and per code.
 */
@Named
@RequestScoped
public class RecoverPassword {

  @Inject RecoveryCodes codes;
  @Inject LoginThrottle throttle;
  @Inject Page page;

  private String identifier;
  private String code;
  private String password;
  private String confirmation;

  public void recover() throws IOException {
    HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    String login = Codes.normalizeLogin(identifier);
    String address = request.getRemoteAddr();
    Instant lockedUntil = throttle.lockedUntil(login, address);
    if (lockedUntil != null) {
      page.error(null, "login.error.locked", Duration.between(Instant.now(), lockedUntil).toMinutes() + 1);
      return;
    }
    RecoveryCodes.Outcome outcome = codes.redeem(login, code, password, confirmation);
    String key = "recovery.outcome." + outcome.name().toLowerCase(Locale.ROOT);
    switch (outcome) {
      case RESET -> {
        throttle.recordSuccess(login);
        page.flash(key);
        Redirects.to("/login.xhtml");
      }
      case PASSWORD_TOO_SHORT -> page.error("recover:password", key, AccountService.MIN_PASSWORD_LENGTH);
      case PASSWORDS_DIFFER -> page.error("recover:confirmation", key);
      default -> {
        throttle.recordFailure(login, address);
        page.error("recover:code", key);
      }
    }
  }

  public int getMinPasswordLength() {
    return AccountService.MIN_PASSWORD_LENGTH;
  }

  public String getIdentifier() {
    return identifier;
  }

  public void setIdentifier(String identifier) {
    this.identifier = identifier;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
