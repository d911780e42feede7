package fr.paris.teleservices.portal.account;

import fr.paris.teleservices.portal.security.CurrentUser;
import fr.paris.teleservices.portal.web.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.sql.SQLException;

/** The page where a usager types the code received by SMS, or asks for a new one. */
@Named
@RequestScoped
public class VerifyPhone {

  @Inject PhoneVerification verification;
  @Inject CurrentUser me;
  @Inject Page page;

  private String code;

  public void confirm() throws IOException {
    PhoneVerification.Outcome outcome = verification.confirm(me.require().getPublicId(), code);
    if (outcome == PhoneVerification.Outcome.CONFIRMED) {
      page.flash("verify.confirmed");
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + "/usager/settings.xhtml");
      return;
    }
    page.error("verify:code", "verify.outcome." + outcome.name().toLowerCase(java.util.Locale.ROOT));
  }

  public void resend() throws SQLException {
    PhoneVerification.Outcome outcome = verification.sendCode(me.require().getPublicId());
    if (outcome == PhoneVerification.Outcome.SENT) {
      page.info(null, "verify.outcome.sent");
    } else {
      page.error(null, "verify.outcome." + outcome.name().toLowerCase(java.util.Locale.ROOT));
    }
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
