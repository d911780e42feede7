package fr.paris.teleservices.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * Slows down password guessing, per account and per client address, on every node at once (the
 * counters are rows of the shared database). An account is locked for 15 minutes after 5 failures
 * within 15 minutes; an address after 30. Failures are recorded in their own transaction so that
 * the refusal of the login does not roll them back.
 */
@ApplicationScoped
public class LoginThrottle {

  static final int ACCOUNT_LIMIT = 5;
  static final int ADDRESS_LIMIT = 30;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration LOCK = Duration.ofMinutes(15);

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  private final Clock clock = Clock.systemUTC();

  /** When the login may be tried again; {@code null} when it may be tried now. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Instant lockedUntil(String login, String address) {
    Instant now = clock.instant();
    Instant latest = null;
    for (String key : List.of(accountKey(login), addressKey(address))) {
      List<?> rows =
          em.createNativeQuery("SELECT locked_until FROM login_throttle WHERE throttle_key = ?1")
              .setParameter(1, key)
              .getResultList();
      if (!rows.isEmpty() && rows.get(0) != null) {
        Instant until = toInstant(rows.get(0));
        if (until.isAfter(now) && (latest == null || until.isAfter(latest))) {
          latest = until;
        }
      }
    }
    return latest;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordFailure(String login, String address) {
    count(accountKey(login), ACCOUNT_LIMIT);
    count(addressKey(address), ADDRESS_LIMIT);
  }

  /**
   * A wrong second-factor code: counts against the account only (the password was right, so the
   * address is not guessing logins). Five lock the account's password step as five wrong passwords do.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordAccountFailure(String login) {
    count(accountKey(login), ACCOUNT_LIMIT);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordSuccess(String login) {
    em.createNativeQuery("DELETE FROM login_throttle WHERE throttle_key = ?1")
        .setParameter(1, accountKey(login))
        .executeUpdate();
  }

  private void count(String key, int limit) {
    Timestamp now = Timestamp.from(clock.instant());
    Timestamp windowStart = Timestamp.from(clock.instant().minus(WINDOW));
    Timestamp lockUntil = Timestamp.from(clock.instant().plus(LOCK));
    // One atomic statement: concurrent failures on several nodes all count.
    em.createNativeQuery(
            "INSERT INTO login_throttle (throttle_key, failures, window_started_at, locked_until)"
                + " VALUES (?1, 1, ?2, NULL)"
                + " ON DUPLICATE KEY UPDATE"
                + " failures = IF(window_started_at < ?3, 1, failures + 1),"
                + " locked_until = IF(window_started_at >= ?3 AND failures >= ?4, ?5, locked_until),"
                + " window_started_at = IF(window_started_at < ?3, ?2, window_started_at)")
        .setParameter(1, key)
        .setParameter(2, now)
        .setParameter(3, windowStart)
        .setParameter(4, limit)
        .setParameter(5, lockUntil)
        .executeUpdate();
  }

  private static String accountKey(String login) {
    return sha256("account:" + LoginIdentifier.parse(login).value());
  }

  private static String addressKey(String address) {
    return sha256("address:" + address);
  }

  private static String sha256(String value) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Instant toInstant(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.LocalDateTime ldt) {
      return Timestamp.valueOf(ldt).toInstant();
    }
    throw new IllegalStateException("Unexpected column type " + value.getClass());
  }
}
