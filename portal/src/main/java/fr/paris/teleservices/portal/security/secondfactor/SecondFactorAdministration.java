package fr.paris.teleservices.portal.security.secondfactor;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.account.AccountRepository;
import fr.paris.teleservices.portal.account.LoginIdentifier;
import fr.paris.teleservices.portal.web.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** Administrators reset the second factor of a staff member who lost or changed their phone. */
@Named
@RequestScoped
public class SecondFactorAdministration {

  @Inject AccountRepository accounts;
  @Inject SecondFactor factor;
  @Inject Page page;

  private String login;

  public void reset() {
    Optional<Account> staff =
        Optional.ofNullable(login)
            .map(String::strip)
            .filter(l -> !l.isEmpty())
            .flatMap(l -> accounts.findByLogin(LoginIdentifier.parse(l)))
            .filter(SecondFactor::required);
    if (staff.isEmpty()) {
      page.error("reset:login", "admin.second-factor.unknown");
      return;
    }
    factor.reset(staff.get().getPublicId());
    page.info(null, "admin.second-factor.done", staff.get().getDisplayName());
    login = null;
  }

  public String getLogin() {
    return login;
  }

  public void setLogin(String login) {
    this.login = login;
  }
}
