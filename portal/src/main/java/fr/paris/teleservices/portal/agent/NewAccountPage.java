package fr.paris.teleservices.portal.agent;

import fr.paris.teleservices.i18n.Language;
import fr.paris.teleservices.i18n.Languages;
import fr.paris.teleservices.portal.account.AccountService;
import fr.paris.teleservices.portal.mandate.AssistedVisit;
import fr.paris.teleservices.portal.security.CurrentUser;
import fr.paris.teleservices.portal.web.CurrentLanguage;
import fr.paris.teleservices.portal.web.Page;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/**
 * An agent creates an account with a person who has a phone but no e-mail, or neither. The person
 * types the password they choose; the recap sheet follows, with the identifier and, without e-mail,
 * a first recovery code.
 */
@Named
@RequestScoped
public class NewAccountPage {

  /** The recap sheet's secrets, kept in the agent's session for this visit only. */
  static final String LOGIN_ID = "loginId";
  static final String RECOVERY_CODE = "recoveryCode";

  @Inject CurrentUser me;
  @Inject AssistedAccounts accounts;
  @Inject CurrentLanguage current;
  @Inject Page page;

  private String displayName;
  private String phone;
  private String email;
  private String language;
  private String password;
  private String confirmation;
  private final ScopeChoice choice = new ScopeChoice();

  @PostConstruct
  void defaults() {
    language = current.getCode();
  }

  public void create() throws IOException {
    AssistedAccounts.Created created;
    try {
      created =
          accounts.create(
              me.require(),
              new AccountService.Signup(displayName, email, phone, password, confirmation, language),
              choice.scopes(),
              choice.duration());
    } catch (AccountService.SignupRefused refused) {
      page.error("account:" + refused.problem().field(), refused.problem().messageKey(), AccountService.MIN_PASSWORD_LENGTH);
      return;
    }
    var session = Redirects.session();
    AssistedVisit.enter(session, created.mandate());
    if (created.loginId() != null) {
      AssistedVisit.keep(session, LOGIN_ID, created.loginId());
    }
    if (created.recoveryCode() != null) {
      AssistedVisit.keep(session, RECOVERY_CODE, created.recoveryCode());
    }
    page.flash("assisted.account.created", created.account().getDisplayName());
    Redirects.to("/agent/recap.xhtml");
  }

  public List<Language> getLanguages() {
    return Languages.all();
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

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
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

  public ScopeChoice getChoice() {
    return choice;
  }
}
