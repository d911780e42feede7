package fr.paris.teleservices.portal.account;

import fr.paris.teleservices.i18n.Languages;
import fr.paris.teleservices.notifications.sms.PhoneNumber;
import fr.paris.teleservices.notifications.sms.PhoneNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/** Creating accounts, checking passwords, remembering a person's language. */
@ApplicationScoped
public class AccountService {

  private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

  /** Long enough to resist guessing, with no composition rules that push people to write it down. */
  public static final int MIN_PASSWORD_LENGTH = 10;

  @Inject AccountRepository accounts;
  @Inject PasswordHasher hasher;

  private final Clock clock = Clock.systemUTC();

  /** Why a sign-up was refused; each maps to a message next to the field concerned. */
  public enum SignupProblem {
    CONTACT_REQUIRED("phone"),
    EMAIL_INVALID("email"),
    EMAIL_TAKEN("email"),
    PHONE_INVALID("phone"),
    PHONE_NOT_MOBILE("phone"),
    PHONE_TAKEN("phone"),
    PASSWORD_TOO_SHORT("password"),
    PASSWORDS_DIFFER("confirmation"),
    NAME_REQUIRED("name");

    /** The form field the problem is shown next to; sign-up forms name their fields alike. */
    private final String field;

    SignupProblem(String field) {
      this.field = field;
    }

    public String field() {
      return field;
    }

    public String messageKey() {
      return "signup.error." + name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The request of someone signing up as a usager. */
  public record Signup(
      String displayName, String email, String phone, String password, String confirmation, String language) {}

  /** Thrown with the first problem found, so the page can show it next to its field. */
  public static final class SignupRefused extends Exception {
    private static final long serialVersionUID = 1L;
    private final SignupProblem problem;

    public SignupRefused(SignupProblem problem) {
      super(problem.name());
      this.problem = problem;
    }

    public SignupProblem problem() {
      return problem;
    }
  }

  @Transactional
  public Account signUpUsager(Signup request) throws SignupRefused {
    NewUsager checked = check(request, true);
    Account account = newUsager(checked, request.language());
    accounts.add(account);
    LOG.info(() -> "Usager account created: " + account.getPublicId());
    return account;
  }

  /** What a sign-up's answers become once checked: name stripped, e-mail normalized, phone in E.164. */
  public record NewUsager(String displayName, String email, String phone, String password) {}

  /**
   * The checks of every way a usager account is made: by the person, or by an agent beside them.
   *
   * @param contactRequired whether an e-mail or a phone is required (an agent may create an account
   *     without either: the person then logs in with an identifier printed for them)
   */
  public NewUsager check(Signup request, boolean contactRequired) throws SignupRefused {
    String name = request.displayName() == null ? "" : request.displayName().strip();
    if (name.isEmpty()) {
      throw new SignupRefused(SignupProblem.NAME_REQUIRED);
    }
    String email = blankToNull(request.email());
    String phoneTyped = blankToNull(request.phone());
    if (contactRequired && email == null && phoneTyped == null) {
      throw new SignupRefused(SignupProblem.CONTACT_REQUIRED);
    }
    String phone = null;
    if (phoneTyped != null) {
      PhoneNumber number =
          PhoneNumbers.tryParse(phoneTyped).orElseThrow(() -> new SignupRefused(SignupProblem.PHONE_INVALID));
      if (!number.mobile()) {
        throw new SignupRefused(SignupProblem.PHONE_NOT_MOBILE);
      }
      phone = number.e164();
      if (accounts.phoneTaken(phone)) {
        throw new SignupRefused(SignupProblem.PHONE_TAKEN);
      }
    }
    if (email != null) {
      email = LoginIdentifier.normalizeEmail(email);
      if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 254) {
        throw new SignupRefused(SignupProblem.EMAIL_INVALID);
      }
      if (accounts.emailTaken(email)) {
        throw new SignupRefused(SignupProblem.EMAIL_TAKEN);
      }
    }
    String password = request.password() == null ? "" : request.password();
    if (!PasswordReset.acceptable(password)) {
      throw new SignupRefused(SignupProblem.PASSWORD_TOO_SHORT);
    }
    if (!password.equals(request.confirmation())) {
      throw new SignupRefused(SignupProblem.PASSWORDS_DIFFER);
    }
    return new NewUsager(name, email, phone, password);
  }

  /** A usager account from checked answers, not yet stored. */
  public Account newUsager(NewUsager checked, String language) {
    Account account =
        new Account(
            Role.USAGER,
            checked.displayName(),
            hasher.hash(checked.password()),
            Languages.orReference(language).code(),
            clock.instant());
    account.setEmail(checked.email());
    account.setPhone(checked.phone());
    return account;
  }

  /**
   * The account whose password matches, if any. Unknown logins cost the same time as known ones so
   * that response times do not tell which accounts exist.
   */
  @Transactional
  public Optional<Account> authenticate(String login, String password) {
    Optional<Account> found = accounts.findByLogin(LoginIdentifier.parse(login));
    if (found.isEmpty() || !found.get().isActive()) {
      hasher.verifyDecoy(password == null ? "" : password);
      return Optional.empty();
    }
    Account account = found.get();
    if (!hasher.verify(password == null ? "" : password, account.getPasswordHash())) {
      return Optional.empty();
    }
    account.recordLogin(clock.instant());
    return Optional.of(account);
  }

  public Optional<Account> find(String publicId) {
    return accounts.findByPublicId(publicId);
  }

  /** What became of a request to change one's mobile number. */
  public enum PhoneChange {
    CHANGED,
    WRONG_PASSWORD,
    TAKEN
  }

  /** Changing the number SMS go to asks for the password again: a borrowed session is not enough. */
  @Transactional
  public PhoneChange changePhone(String publicId, String password, String e164) {
    Account account = accounts.findByPublicId(publicId).orElseThrow();
    if (!hasher.verify(password == null ? "" : password, account.getPasswordHash())) {
      return PhoneChange.WRONG_PASSWORD;
    }
    Optional<Account> holder = accounts.findByLogin(new LoginIdentifier(LoginIdentifier.Kind.PHONE, e164));
    if (holder.isPresent() && !holder.get().getPublicId().equals(publicId)) {
      return PhoneChange.TAKEN;
    }
    account.setPhone(e164);
    LOG.info(() -> "Phone number changed for account " + publicId);
    return PhoneChange.CHANGED;
  }

  @Transactional
  public void setReminders(String publicId, boolean enabled) {
    accounts.findByPublicId(publicId).ifPresent(a -> a.setRemindersEnabled(enabled));
  }

  @Transactional
  public void rememberLanguage(String publicId, String languageCode) {
    Languages.byCode(languageCode)
        .ifPresent(l -> accounts.findByPublicId(publicId).ifPresent(a -> a.setLanguage(l.code())));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
