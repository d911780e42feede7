package fr.paris.teleservices.portal.agent;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.account.AccountRepository;
import fr.paris.teleservices.portal.account.LoginIdentifier;
import fr.paris.teleservices.portal.account.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Finds a usager's account from what the person says: their mobile number, e-mail or identifier. */
@ApplicationScoped
public class AccountLookup {

  @Inject AccountRepository accounts;

  public Optional<Account> usager(String typed) {
    if (typed == null || typed.isBlank()) {
      return Optional.empty();
    }
    return accounts.findByLogin(LoginIdentifier.parse(Codes.normalizeLogin(typed)))
        .filter(a -> a.getRole() == Role.USAGER && a.isActive());
  }
}
