package fr.paris.teleservices.portal.agent;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.account.PasswordHasher;
import fr.paris.teleservices.portal.account.PasswordReset;
import fr.paris.teleservices.portal.mandate.JournalAction;
import fr.paris.teleservices.portal.mandate.MandateService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * One-time codes to choose a new password without e-mail. An agent issues one after checking an
 * identity document in person (RESET, valid 24 hours); an account an agent creates for a person
 * without e-mail gets one printed on its recap sheet (INITIAL, valid until used or replaced). A
 * code works once; only its Argon2id hash is kept; wrong tries are counted on every live code of
 * the account and a code tried {@value #MAX_ATTEMPTS} times stops working.
 */
@ApplicationScoped
public class RecoveryCodes {

  private static final Logger LOG = Logger.getLogger(RecoveryCodes.class.getName());

  public static final Duration RESET_VALIDITY = Duration.ofHours(24);
  public static final int MAX_ATTEMPTS = 5;

  /** The two kinds of code. */
  public enum Purpose {
    INITIAL,
    RESET
  }

  /** What became of a code typed on the recovery page. */
  public enum Outcome {
    RESET,
    INVALID,
    EXPIRED,
    USED,
    TOO_MANY_ATTEMPTS,
    PASSWORD_TOO_SHORT,
    PASSWORDS_DIFFER
  }

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Inject PasswordHasher hasher;
  @Inject PasswordReset passwords;
  @Inject AccountLookup lookup;
  @Inject MandateService mandates;

  Clock clock = Clock.systemUTC();

  /**
   * Issues a code for the account, replacing any unused code of the same purpose.
   *
   * @param agent who issued it (journaled for the usager)
   * @return the code, to show or print once: it is not kept
   */
  @Transactional
  public String issue(Account account, Purpose purpose, Account agent) {
    Instant now = clock.instant();
    long accountId = accountId(account.getPublicId());
    em.createNativeQuery(
            "UPDATE account_recovery_code SET revoked_at = ?1"
                + " WHERE account_id = ?2 AND purpose = ?3 AND used_at IS NULL AND revoked_at IS NULL")
        .setParameter(1, Timestamp.from(now))
        .setParameter(2, accountId)
        .setParameter(3, purpose.name())
        .executeUpdate();
    String code = Codes.recoveryCode();
    em.createNativeQuery(
            "INSERT INTO account_recovery_code (account_id, purpose, code_hash, issued_by_agent_id, issued_at, expires_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .setParameter(1, accountId)
        .setParameter(2, purpose.name())
        .setParameter(3, hasher.hash(Codes.normalizeCode(code)))
        .setParameter(4, agent == null ? null : accountId(agent.getPublicId()))
        .setParameter(5, Timestamp.from(now))
        .setParameter(6, purpose == Purpose.RESET ? Timestamp.from(now.plus(RESET_VALIDITY)) : null)
        .executeUpdate();
    mandates.record(
        account.getPublicId(), agent == null ? null : agent.getPublicId(), null, JournalAction.RECOVERY_CODE_ISSUED, purpose.name());
    LOG.info(() -> "Recovery code (" + purpose + ") issued for account " + account.getPublicId());
    return code;
  }

  /**
   * The person types their identifier, the code and a new password. The password rules are checked
   * first, so that a right code is not spent on a password that would be refused.
   */
  @Transactional
  public Outcome redeem(String identifier, String typedCode, String password, String confirmation) {
    if (!PasswordReset.acceptable(password)) {
      return Outcome.PASSWORD_TOO_SHORT;
    }
    if (!password.equals(confirmation)) {
      return Outcome.PASSWORDS_DIFFER;
    }
    String code = Codes.normalizeCode(typedCode);
    var account = lookup.usager(identifier);
    if (account.isEmpty()) {
      hasher.verifyDecoy(code);
      return Outcome.INVALID;
    }
    long accountId = accountId(account.get().getPublicId());
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, code_hash, expires_at, attempts, used_at, purpose FROM account_recovery_code"
                    + " WHERE account_id = ?1 AND revoked_at IS NULL ORDER BY issued_at DESC LIMIT 10 FOR UPDATE")
            .setParameter(1, accountId)
            .getResultList();
    Instant now = clock.instant();
    for (Object[] row : rows) {
      if (!hasher.verify(code, (String) row[1])) {
        continue;
      }
      if (row[4] != null) {
        return Outcome.USED;
      }
      if (((Number) row[3]).intValue() >= MAX_ATTEMPTS) {
        return Outcome.TOO_MANY_ATTEMPTS;
      }
      if (row[2] != null && !now.isBefore(instant(row[2]))) {
        return Outcome.EXPIRED;
      }
      em.createNativeQuery("UPDATE account_recovery_code SET used_at = ?1 WHERE id = ?2")
          .setParameter(1, Timestamp.from(now))
          .setParameter(2, ((Number) row[0]).longValue())
          .executeUpdate();
      passwords.setNewPassword(account.get().getPublicId(), password);
      mandates.record(account.get().getPublicId(), null, null, JournalAction.PASSWORD_RESET, (String) row[5]);
      return Outcome.RESET;
    }
    if (rows.isEmpty()) {
      hasher.verifyDecoy(code);
    }
    // Wrong code: every live code of the account gets one try less.
    em.createNativeQuery(
            "UPDATE account_recovery_code SET attempts = attempts + 1"
                + " WHERE account_id = ?1 AND revoked_at IS NULL AND used_at IS NULL")
        .setParameter(1, accountId)
        .executeUpdate();
    return Outcome.INVALID;
  }

  private long accountId(String publicId) {
    return ((Number)
            em.createNativeQuery("SELECT id FROM account WHERE public_id = ?1").setParameter(1, publicId).getSingleResult())
        .longValue();
  }

  private static Instant instant(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    return Timestamp.valueOf((java.time.LocalDateTime) value).toInstant();
  }
}
