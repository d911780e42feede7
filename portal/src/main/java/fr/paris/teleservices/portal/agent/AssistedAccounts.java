package fr.paris.teleservices.portal.agent;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.account.AccountRepository;
import fr.paris.teleservices.portal.account.AccountService;
import fr.paris.teleservices.portal.account.AccountService.Signup;
import fr.paris.teleservices.portal.account.AccountService.SignupRefused;
import fr.paris.teleservices.portal.account.LoginIdentifier;
import fr.paris.teleservices.portal.mandate.ConsentMethod;
import fr.paris.teleservices.portal.mandate.JournalAction;
import fr.paris.teleservices.portal.mandate.Mandate;
import fr.paris.teleservices.portal.mandate.MandateNotFound;
import fr.paris.teleservices.portal.mandate.MandateService;
import fr.paris.teleservices.portal.mandate.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * An agent creates a usager's account with the person beside them — for people with a phone but no
 * e-mail, or neither. The person chooses the password themselves. Without e-mail the account gets
 * a login identifier ("PA-7K3M-Q9") and a first recovery code, both for the recap sheet; without
 * e-mail and without phone, they are its only ways in besides an agent. The mandate of the visit
 * starts with the account (the person is there and consents).
 */
@ApplicationScoped
public class AssistedAccounts {

  private static final Logger LOG = Logger.getLogger(AssistedAccounts.class.getName());

  /**
   * The account and what the recap sheet shows once.
   *
   * @param loginId the generated identifier ("PA-7K3M-Q9"), or null when the person has an e-mail
   * @param recoveryCode the first recovery code, or null when the person has an e-mail
   */
  public record Created(Account account, Mandate mandate, String loginId, String recoveryCode) {}

  @Inject AccountRepository accounts;
  @Inject AccountService accountService;
  @Inject MandateService mandates;
  @Inject RecoveryCodes recovery;

  @Transactional(rollbackOn = SignupRefused.class)
  public Created create(Account agent, Signup request, Set<Scope> scopes, Duration duration) throws SignupRefused {
    if (!MandateService.isAgent(agent)) {
      throw new MandateNotFound();
    }
    Account account = accountService.newUsager(accountService.check(request, false), request.language());
    String loginId = null;
    if (account.getEmail() == null) {
      loginId = freeLoginId();
      account.setLoginId(loginId.toLowerCase(Locale.ROOT));
    }
    accounts.add(account);
    mandates.record(account.getPublicId(), agent.getPublicId(), null, JournalAction.ACCOUNT_CREATED, null);
    String code = account.getEmail() == null ? recovery.issue(account, RecoveryCodes.Purpose.INITIAL, agent) : null;
    Mandate mandate = mandates.openConsented(agent, account.getPublicId(), scopes, duration, ConsentMethod.NEW_ACCOUNT);
    LOG.info(() -> "Usager account " + account.getPublicId() + " created by agent " + agent.getPublicId());
    return new Created(account, mandate, loginId, code);
  }

  private String freeLoginId() {
    for (int i = 0; i < 20; i++) {
      String candidate = Codes.loginId();
      if (accounts.findByLogin(new LoginIdentifier(LoginIdentifier.Kind.LOGIN_ID, candidate.toLowerCase(Locale.ROOT))).isEmpty()) {
        return candidate;
      }
    }
    throw new IllegalStateException("No free login identifier after 20 tries");
  }
}
