package fr.paris.teleservices.portal.security;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.account.AccountService;
import fr.paris.teleservices.portal.account.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import fr.paris.teleservices.portal.security.secondfactor.SecondFactorGate;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;

/** The person logged in for this request, if any. */
@Named("me")
@RequestScoped
public class CurrentUser {

  @Inject SecurityContext security;
  @Inject AccountService accounts;
  @Inject HttpServletRequest request;

  private Optional<Account> account;

  public Optional<Account> account() {
    if (account == null) {
      Principal principal = security.getCallerPrincipal();
      account = principal == null ? Optional.empty() : accounts.find(principal.getName());
    }
    return account;
  }

  /** The account, for pages that only a logged-in person can reach. */
  public Account require() {
    return account().orElseThrow(() -> new IllegalStateException("No account for this request"));
  }

  public boolean isLoggedIn() {
    return account().isPresent();
  }

  public String getDisplayName() {
    return account().map(Account::getDisplayName).orElse("");
  }

  public Role getRole() {
    return account().map(Account::getRole).orElse(null);
  }

  /**
   * Whether the person has this role here: a staff member who has not typed their second-factor
   * code yet has none, so the page shows them no link into an area that is still closed to them.
   */
  public boolean is(String role) {
    return !SecondFactorGate.pending(request) && account().map(a -> a.getRole().name().equals(role)).orElse(false);
  }

  public String getHome() {
    return account().map(a -> a.getRole().home()).orElse("/index.xhtml");
  }
}
