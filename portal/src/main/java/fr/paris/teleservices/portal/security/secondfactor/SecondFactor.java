package fr.paris.teleservices.portal.security.secondfactor;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.account.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * The second factor of staff accounts (SECURITY.md, point 12): a time-based code from an
 * authenticator app, asked after the password. A code is accepted within one step (30 s) either
 * side of the server's clock, and never twice: the account remembers the last step it accepted,
 * read and written under a row lock so two simultaneous logins cannot both use it.
 */
@ApplicationScoped
public class SecondFactor {

  private static final Logger LOG = Logger.getLogger(SecondFactor.class.getName());
  /** Steps accepted either side of now: phones' clocks drift. */
  private static final int WINDOW = 1;
  private static final String ISSUER = "Paris Solidarités";

  @Inject SecondFactorKeys keys;

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  private final Clock clock = Clock.systemUTC();

  /** Usagers log in with a password only; everyone who sees other people's data has a second factor. */
  public static boolean required(Account account) {
    return account.getRole() != Role.USAGER;
  }

  public static boolean enrolled(Account account) {
    return account.getSecondFactorKey() != null;
  }

  public byte[] newKey() {
    return keys.generate();
  }

  /** The link an authenticator app on the same phone opens to add the account. */
  public static String otpauthLink(Account account, byte[] key) {
    String label = ISSUER + ":" + account.getDisplayName();
    return "otpauth://totp/" + URLEncoder.encode(label, StandardCharsets.UTF_8).replace("+", "%20")
        + "?secret=" + Base32.encode(key)
        + "&issuer=" + URLEncoder.encode(ISSUER, StandardCharsets.UTF_8).replace("+", "%20")
        + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
  }

  /** Enrols the key if {@code code} is its current code (proof that the app holds it). */
  @Transactional
  public boolean enrol(String accountPublicId, byte[] key, String code) {
    Account account = lock(accountPublicId);
    long step = acceptedStep(key, code, Long.MIN_VALUE);
    if (step == Long.MIN_VALUE) {
      return false;
    }
    account.setSecondFactor(keys.seal(key, account.getPublicId()), step);
    LOG.info(() -> "Second factor enrolled for account " + account.getPublicId());
    return true;
  }

  /** Whether {@code code} is a valid, unused code of the account's enrolled key. */
  @Transactional
  public boolean verify(String accountPublicId, String code) {
    Account account = lock(accountPublicId);
    if (!enrolled(account)) {
      return false;
    }
    byte[] key = keys.open(account.getSecondFactorKey(), account.getPublicId());
    long last = account.getSecondFactorLastStep() == null ? Long.MIN_VALUE : account.getSecondFactorLastStep();
    long step = acceptedStep(key, code, last);
    if (step == Long.MIN_VALUE) {
      return false;
    }
    account.setSecondFactorLastStep(step);
    return true;
  }

  /** For a staff member who lost their phone: their next login enrols a new key. */
  @Transactional
  public void reset(String accountPublicId) {
    lock(accountPublicId).setSecondFactor(null, null);
    LOG.info(() -> "Second factor reset for account " + accountPublicId);
  }

  /** The code of the current step, shown on the page for the demo accounts of embedded mode only. */
  public String currentCode(Account account) {
    return Totp.code(keys.open(account.getSecondFactorKey(), account.getPublicId()), Totp.step(clock.instant()));
  }

  /** The step within the window whose code matches and which is after {@code last}; MIN_VALUE if none. */
  private long acceptedStep(byte[] key, String code, long last) {
    if (code == null || !code.matches("\\d{" + Totp.DIGITS + "}")) {
      return Long.MIN_VALUE;
    }
    long now = Totp.step(clock.instant());
    for (long step = now - WINDOW; step <= now + WINDOW; step++) {
      if (step > last && Totp.matches(key, step, code)) {
        return step;
      }
    }
    return Long.MIN_VALUE;
  }

  private Account lock(String accountPublicId) {
    return em.createQuery("SELECT a FROM Account a WHERE a.publicId = :id", Account.class)
        .setParameter("id", accountPublicId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getSingleResult();
  }
}
