package fr.paris.teleservices.portal.security.secondfactor;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.account.DemoAccounts;
import fr.paris.teleservices.portal.account.LoginThrottle;
import fr.paris.teleservices.portal.config.ConfigKeys;
import fr.paris.teleservices.portal.security.CurrentUser;
import fr.paris.teleservices.portal.web.Page;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The code page between a staff member's password and their area: enrols an authenticator app on
 * the first login (the key is kept in this view until a code proves the app holds it), then asks
 * for a code at each login. Five wrong codes end the session and, like five wrong passwords, lock
 * the account's login for a quarter of an hour.
 */
@Named
@ViewScoped
public class SecondFactorPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int MAX_WRONG_CODES = 5;

  @Inject SecondFactor factor;
  @Inject CurrentUser me;
  @Inject Page page;
  @Inject LoginThrottle throttle;

  private byte[] enrolmentKey;
  private String code;
  private int wrongCodes;

  /** Anyone but a staff member between password and code has nothing to do here. */
  public void init() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    if (!SecondFactorGate.pending(request)) {
      external.redirect(external.getRequestContextPath() + me.getHome());
      return;
    }
    if (!SecondFactor.enrolled(me.require()) && enrolmentKey == null) {
      enrolmentKey = factor.newKey();
    }
  }

  public void submit() throws IOException, ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    if (!SecondFactorGate.pending(request)) {
      external.redirect(external.getRequestContextPath() + me.getHome());
      return;
    }
    String typed = code == null ? "" : code.replaceAll("\\s", "");
    if (!typed.matches("\\d{" + Totp.DIGITS + "}")) {
      page.error("secondFactor:code", "second-factor.error.format");
      return;
    }
    Account account = me.require();
    boolean accepted =
        isEnrolling()
            ? factor.enrol(account.getPublicId(), enrolmentKey, typed)
            : factor.verify(account.getPublicId(), typed);
    if (!accepted) {
      code = null;
      throttle.recordAccountFailure(throttleLogin(account));
      if (++wrongCodes >= MAX_WRONG_CODES) {
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?stopped=second-factor");
        return;
      }
      page.error("secondFactor:code", "second-factor.error.invalid");
      return;
    }
    enrolmentKey = null;
    throttle.recordSuccess(throttleLogin(account));
    // A new session id when the session gains its staff rights, as at the password step.
    request.changeSessionId();
    SecondFactorGate.markPassed(request);
    String next = SecondFactorGate.takeNext(request);
    external.redirect(external.getRequestContextPath() + (next == null ? me.getHome() : next));
  }

  /** The identifier the throttle counts under: staff log in with their identifier or e-mail. */
  private static String throttleLogin(Account account) {
    if (account.getLoginId() != null) {
      return account.getLoginId();
    }
    return account.getEmail() != null ? account.getEmail() : account.getPublicId();
  }

  public boolean isEnrolling() {
    return enrolmentKey != null;
  }

  /** The key in groups of four, easier to type into an app by hand. */
  public String getKeyGroups() {
    return enrolmentKey == null ? "" : Base32.encode(enrolmentKey).replaceAll("(.{4})(?!$)", "$1 ");
  }

  public String getOtpauthLink() {
    return enrolmentKey == null ? "" : SecondFactor.otpauthLink(me.require(), enrolmentKey);
  }

  /**
   * In embedded mode only, the demo accounts' current code, so that a person trying the portal
   * without an authenticator app can still enter the staff areas.
   */
  public String getDemoCode() {
    boolean demoMode =
        ConfigProvider.getConfig().getOptionalValue(ConfigKeys.DEMO_ACCOUNTS, Boolean.class).orElse(false);
    if (!demoMode || isEnrolling()) {
      return null;
    }
    Account account = me.require();
    boolean demo =
        DemoAccounts.ALL.stream()
            .anyMatch(d -> d.login().equals(account.getLoginId()) || d.login().equals(account.getEmail()));
    return demo ? factor.currentCode(account) : null;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
