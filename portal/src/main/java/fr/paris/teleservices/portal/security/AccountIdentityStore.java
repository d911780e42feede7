package fr.paris.teleservices.portal.security;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.account.AccountService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a login and password against the accounts. The caller's name is the account's public id,
 * never an e-mail address or a phone number, so it can travel in logs and journals.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject AccountService accounts;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    Optional<Account> account =
        accounts.authenticate(login.getCaller(), login.getPasswordAsString());
    return account
        .map(a -> new CredentialValidationResult(a.getPublicId(), Set.of(a.getRole().name())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
