package fr.paris.teleservices.portal.account;

import fr.paris.teleservices.notifications.sms.PhoneNumber;
import fr.paris.teleservices.notifications.sms.PhoneNumbers;
import fr.paris.teleservices.portal.security.CurrentUser;
import fr.paris.teleservices.portal.sms.Sms;
import fr.paris.teleservices.portal.web.Formats;
import fr.paris.teleservices.portal.web.Page;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * "Mes paramètres": the usager's mobile number (changing it asks for the password again, then a
 * new code), whether they accept SMS reminders, and whether their number said STOP.
 */
@Named
@RequestScoped
public class UsagerSettings {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Inject CurrentUser me;
  @Inject AccountService accounts;
  @Inject PhoneVerification verification;
  @Inject Sms sms;
  @Inject Page page;
  @Inject AccountClosures closures;
  @Inject Formats formats;

  private boolean reminders;
  private String newPhone;
  private String password;
  private String closurePassword;

  @PostConstruct
  void load() {
    reminders = me.require().isRemindersEnabled();
  }

  public Account getAccount() {
    return me.require();
  }

  /** Whether the number answered STOP (no SMS at all reaches it until it sends START). */
  public boolean isOptedOut() throws SQLException {
    String phone = me.require().getPhone();
    return phone != null && sms.queries().isOptedOut(phone);
  }

  public void saveReminders() {
    accounts.setReminders(me.require().getPublicId(), reminders);
    page.info(null, reminders ? "settings.reminders.on" : "settings.reminders.off");
  }

  public void changePhone() throws IOException, SQLException {
    Account account = me.require();
    Optional<PhoneNumber> number = PhoneNumbers.tryParse(newPhone == null ? "" : newPhone);
    if (number.isEmpty()) {
      page.error("phone:newPhone", "signup.error.phone_invalid");
      return;
    }
    if (!number.get().mobile()) {
      page.error("phone:newPhone", "signup.error.phone_not_mobile");
      return;
    }
    AccountService.PhoneChange change = accounts.changePhone(account.getPublicId(), password, number.get().e164());
    switch (change) {
      case WRONG_PASSWORD -> page.error("phone:password", "settings.phone.wrong-password");
      case TAKEN -> page.error("phone:newPhone", "signup.error.phone_taken");
      case CHANGED -> {
        verification.sendCode(account.getPublicId());
        page.flash("signup.welcome.verify");
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/usager/verify-phone.xhtml");
      }
    }
  }

  public boolean isReminders() {
    return reminders;
  }

  public void setReminders(boolean reminders) {
    this.reminders = reminders;
  }

  public String getNewPhone() {
    return newPhone;
  }

  public void setNewPhone(String newPhone) {
    this.newPhone = newPhone;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  /** The day the account closes, in Paris, when the person asked for it; null otherwise. */
  public LocalDate getClosureDay() {
    Instant due = me.require().getClosureDueAt();
    return due == null ? null : due.atZone(PARIS).toLocalDate();
  }

  public long getClosureWindowDays() {
    return closures.window().toDays();
  }

  /** Asks for the closure, after the password: the export window starts now. */
  public void requestClosure() throws IOException {
    Instant due = closures.request(me.require().getPublicId(), closurePassword);
    closurePassword = null;
    if (due == null) {
      page.error("closure:closurePassword", "settings.phone.wrong-password");
      return;
    }
    page.flash("settings.closure.requested", formats.date(due.atZone(PARIS).toLocalDate()));
    reload();
  }

  public void cancelClosure() throws IOException {
    closures.cancel(me.require().getPublicId());
    page.flash("settings.closure.cancelled");
    reload();
  }

  private static void reload() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/usager/settings.xhtml");
  }

  public String getClosurePassword() {
    return closurePassword;
  }

  public void setClosurePassword(String closurePassword) {
    this.closurePassword = closurePassword;
  }
}
