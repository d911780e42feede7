package fr.paris.teleservices.portal.agent;

import fr.paris.teleservices.i18n.Languages;
import fr.paris.teleservices.notifications.sms.PhoneNumber;
import fr.paris.teleservices.notifications.sms.PhoneNumbers;
import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.account.AccountRepository;
import fr.paris.teleservices.portal.account.LoginIdentifier;
import fr.paris.teleservices.portal.account.PasswordHasher;
import fr.paris.teleservices.portal.account.PasswordReset;
import fr.paris.teleservices.portal.account.Role;
import fr.paris.teleservices.portal.mandate.ConsentMethod;
import fr.paris.teleservices.portal.mandate.JournalAction;
import fr.paris.teleservices.portal.mandate.Mandate;
import fr.paris.teleservices.portal.mandate.MandateNotFound;
import fr.paris.teleservices.portal.mandate.MandateService;
import fr.paris.teleservices.portal.mandate.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
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

  /** Why a creation was refused; the keys are the sign-up page's ({@code signup.error.<name>}). */
  public enum Problem {
    NAME_REQUIRED,
    EMAIL_INVALID,
    EMAIL_TAKEN,
    PHONE_INVALID,
    PHONE_NOT_MOBILE,
    PHONE_TAKEN,
    PASSWORD_TOO_SHORT,
    PASSWORDS_DIFFER
  }

  /** Thrown with the first problem found. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    private final Problem problem;

    public Refused(Problem problem) {
      super(problem.name());
      this.problem = problem;
    }

    public Problem problem() {
      return problem;
    }
  }

  /** What the agent typed with the person. E-mail and phone are optional, each of them. */
  public record NewAccount(
      String displayName, String phone, String email, String language, String password, String confirmation) {}

  /**
   * The account and what the recap sheet shows once.
   *
   * @param loginId the generated identifier ("PA-7K3M-Q9"), or null when the person has an e-mail
   * @param recoveryCode the first recovery code, or null when the person has an e-mail
   */
  public record Created(Account account, Mandate mandate, String loginId, String recoveryCode) {}

  @Inject AccountRepository accounts;
  @Inject PasswordHasher hasher;
  @Inject MandateService mandates;
  @Inject RecoveryCodes recovery;

  private final Clock clock = Clock.systemUTC();

  @Transactional(rollbackOn = Refused.class)
  public Created create(Account agent, NewAccount request, Set<Scope> scopes, Duration duration) throws Refused {
    if (!MandateService.isAgent(agent)) {
      throw new MandateNotFound();
    }
    String name = request.displayName() == null ? "" : request.displayName().strip();
    if (name.isEmpty()) {
      throw new Refused(Problem.NAME_REQUIRED);
    }
    String phone = phone(request.phone());
    String email = email(request.email());
    if (!PasswordReset.acceptable(request.password())) {
      throw new Refused(Problem.PASSWORD_TOO_SHORT);
    }
    if (!request.password().equals(request.confirmation())) {
      throw new Refused(Problem.PASSWORDS_DIFFER);
    }
    Account account =
        new Account(
            Role.USAGER, name, hasher.hash(request.password()), Languages.orReference(request.language()).code(), clock.instant());
    account.setPhone(phone);
    account.setEmail(email);
    String loginId = null;
    if (email == null) {
      loginId = freeLoginId();
      account.setLoginId(loginId.toLowerCase(Locale.ROOT));
    }
    accounts.add(account);
    mandates.record(account.getPublicId(), agent.getPublicId(), null, JournalAction.ACCOUNT_CREATED, null);
    String code = email == null ? recovery.issue(account, RecoveryCodes.Purpose.INITIAL, agent) : null;
    Mandate mandate = mandates.openConsented(agent, account.getPublicId(), scopes, duration, ConsentMethod.NEW_ACCOUNT);
    LOG.info(() -> "Usager account " + account.getPublicId() + " created by agent " + agent.getPublicId());
    return new Created(account, mandate, loginId, code);
  }

  private String phone(String typed) throws Refused {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    PhoneNumber number = PhoneNumbers.tryParse(typed).orElseThrow(() -> new Refused(Problem.PHONE_INVALID));
    if (!number.mobile()) {
      throw new Refused(Problem.PHONE_NOT_MOBILE);
    }
    if (accounts.phoneTaken(number.e164())) {
      throw new Refused(Problem.PHONE_TAKEN);
    }
    return number.e164();
  }

  private String email(String typed) throws Refused {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    String email = LoginIdentifier.normalizeEmail(typed);
    if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 254) {
      throw new Refused(Problem.EMAIL_INVALID);
    }
    if (accounts.emailTaken(email)) {
      throw new Refused(Problem.EMAIL_TAKEN);
    }
    return email;
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
