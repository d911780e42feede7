package fr.paris.teleservices.portal.vault;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.account.LoginThrottle;
import fr.paris.teleservices.portal.account.PasswordHasher;
import fr.paris.teleservices.portal.web.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Asks the person at the keyboard for their password again before a decision that hands papers to
 * someone else or takes them away — sharing, exporting, deleting (SECURITY 10): an open session on
 * a shared computer at an espace numérique is not enough. Wrong passwords count towards the same
 * lock as wrong logins, so a borrowed session cannot be used to guess the password either.
 */
@ApplicationScoped
public class Reauthentication {

  private static final Logger LOG = Logger.getLogger(Reauthentication.class.getName());

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Inject PasswordHasher hasher;
  @Inject LoginThrottle throttle;
  @Inject HttpServletRequest request;

  /**
   * @param lockedMinutes when locked, how long before another try (at least 1)
   */
  public record Outcome(boolean confirmed, long lockedMinutes) {
    static final Outcome CONFIRMED = new Outcome(true, 0);
    static final Outcome WRONG_PASSWORD = new Outcome(false, 0);

    public boolean locked() {
      return lockedMinutes > 0;
    }
  }

  /** Checks the password of the logged-in account (an agent's own, when an agent acts). */
  public Outcome confirm(Account account, String password) {
    String login = loginOf(account);
    String address = request.getRemoteAddr();
    Instant lockedUntil = throttle.lockedUntil(login, address);
    if (lockedUntil != null) {
      return new Outcome(false, Duration.between(Instant.now(), lockedUntil).toMinutes() + 1);
    }
    List<?> rows =
        em.createNativeQuery("SELECT password_hash FROM account WHERE public_id = ?1 AND status = 'ACTIVE'")
            .setParameter(1, account.getPublicId())
            .getResultList();
    String typed = password == null ? "" : password;
    if (rows.isEmpty() || !(rows.get(0) instanceof String hash)) {
      hasher.verifyDecoy(typed);
      return Outcome.WRONG_PASSWORD;
    }
    if (!hasher.verify(typed, hash)) {
      throttle.recordFailure(login, address);
      LOG.info(() -> "Re-authentication refused for account " + account.getPublicId());
      return Outcome.WRONG_PASSWORD;
    }
    throttle.recordSuccess(login);
    LOG.info(() -> "Re-authenticated account " + account.getPublicId());
    return Outcome.CONFIRMED;
  }

  /** Says why, next to the password field and at the top of the page. */
  public static void explain(Page page, String passwordFieldId, Outcome outcome) {
    if (outcome.locked()) {
      page.error(passwordFieldId, "login.error.locked", outcome.lockedMinutes());
      page.error(null, "login.error.locked", outcome.lockedMinutes());
    } else {
      page.error(passwordFieldId, "vault.reauth.wrong");
      page.error(null, "vault.reauth.wrong");
    }
  }

  /** The identifier the throttle counts failures under: the one the person most likely logs in with. */
  private static String loginOf(Account account) {
    if (account.getEmail() != null) {
      return account.getEmail();
    }
    if (account.getPhone() != null) {
      return account.getPhone();
    }
    return account.getLoginId() == null ? account.getPublicId() : account.getLoginId();
  }
}
