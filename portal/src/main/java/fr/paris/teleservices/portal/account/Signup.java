package fr.paris.teleservices.portal.account;

import fr.paris.teleservices.portal.security.Login;
import fr.paris.teleservices.portal.security.SessionLogin;
import fr.paris.teleservices.portal.web.CurrentLanguage;
import fr.paris.teleservices.portal.web.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The sign-up page of a usager: a name, a mobile number and/or an e-mail address, a password. */
@Named
@RequestScoped
public class Signup {

  @Inject AccountService accounts;
  @Inject SessionLogin sessions;
  @Inject PhoneVerification verification;
  @Inject CurrentLanguage language;
  @Inject Page page;

  private String displayName;
  private String email;
  private String phone;
  private String password;
  private String confirmation;
  private String next;

  public void signUp() throws IOException, java.sql.SQLException {
    Account account;
    try {
      account =
          accounts.signUpUsager(
              new AccountService.Signup(
                  displayName, email, phone, password, confirmation, language.getCode()));
    } catch (AccountService.SignupRefused refused) {
      page.error("signup:" + refused.problem().field(), refused.problem().messageKey(), AccountService.MIN_PASSWORD_LENGTH);
      return;
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    String login = account.getEmail() != null ? account.getEmail() : account.getPhone();
    sessions.open(
        (HttpServletRequest) external.getRequest(),
        (HttpServletResponse) external.getResponse(),
        login,
        password);
    if (account.getPhone() != null) {
      // The number receives reminders only once the person shows it is theirs.
      verification.sendCode(account.getPublicId());
      page.flash("signup.welcome.verify");
      external.redirect(external.getRequestContextPath() + "/usager/verify-phone.xhtml");
      return;
    }
    page.flash("signup.welcome");
    external.redirect(
        external.getRequestContextPath() + Login.safeNext(next, account).orElse(Role.USAGER.home()));
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public int getMinPasswordLength() {
    return AccountService.MIN_PASSWORD_LENGTH;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
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
