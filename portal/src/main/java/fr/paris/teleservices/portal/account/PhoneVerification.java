package fr.paris.teleservices.portal.account;

import fr.paris.teleservices.notifications.sms.InvalidPhoneNumberException;
import fr.paris.teleservices.portal.persistence.ContainerTransactions;
import fr.paris.teleservices.portal.sms.Sms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Confirms that a usager's mobile number is theirs: a 6-digit code goes by SMS, valid 10 minutes,
 * 5 tries; at most 5 codes an hour per account so the portal cannot be used to flood a number.
 * The SMS is written to the outbox in the same transaction as the code.
 */
@ApplicationScoped
public class PhoneVerification {

  private static final Logger LOG = Logger.getLogger(PhoneVerification.class.getName());
  static final int MAX_ATTEMPTS = 5;
  static final int MAX_SENDS_PER_HOUR = 5;

  /** What became of a code the person typed, or of a request for a new one. */
  public enum Outcome {
    SENT,
    TOO_MANY_SENDS,
    CONFIRMED,
    WRONG_CODE,
    EXPIRED,
    TOO_MANY_ATTEMPTS,
    NO_PHONE
  }

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Inject Sms sms;
  @Inject ContainerTransactions transactions;

  private final SecureRandom random = new SecureRandom();

  @Transactional
  public Outcome sendCode(String accountPublicId) throws java.sql.SQLException {
    Account account = load(accountPublicId);
    if (account.getPhone() == null) {
      return Outcome.NO_PHONE;
    }
    Instant now = sms.clock().instant();
    Object[] previous = row(account);
    int sends = 1;
    Instant windowStart = now;
    if (previous != null && toInstant(previous[2]).isAfter(now.minus(Duration.ofHours(1)))) {
      sends = ((Number) previous[1]).intValue() + 1;
      windowStart = toInstant(previous[2]);
      if (sends > MAX_SENDS_PER_HOUR) {
        return Outcome.TOO_MANY_SENDS;
      }
    }
    String code = String.format("%06d", random.nextInt(1_000_000));
    Instant expires = now.plus(sms.config().verificationValidity());
    em.createNativeQuery("DELETE FROM phone_verification WHERE account_id = ?1").setParameter(1, account.getId()).executeUpdate();
    em.createNativeQuery(
            "INSERT INTO phone_verification (account_id, phone, code_hash, expires_at, attempts, sends_in_window,"
                + " window_started_at) VALUES (?1, ?2, ?3, ?4, 0, ?5, ?6)")
        .setParameter(1, account.getId())
        .setParameter(2, account.getPhone())
        .setParameter(3, hash(account, code))
        .setParameter(4, Timestamp.from(expires))
        .setParameter(5, sends)
        .setParameter(6, Timestamp.from(windowStart))
        .executeUpdate();
    transactions.inCurrentTransaction(
        c -> {
          try {
            return sms.verification()
                .send(c, "account:" + account.getPublicId(), UUID.randomUUID().toString(),
                    account.getPhone(), account.getLanguage(), code);
          } catch (InvalidPhoneNumberException e) {
            // Numbers are checked as mobiles when they are recorded: this is a bug, not bad input.
            throw new IllegalStateException("Stored number is not a mobile", e);
          }
        });
    LOG.info(() -> "Verification code queued for account " + account.getPublicId());
    return Outcome.SENT;
  }

  @Transactional
  public Outcome confirm(String accountPublicId, String typed) {
    Account account = load(accountPublicId);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT code_hash, expires_at, attempts, phone FROM phone_verification WHERE account_id = ?1 FOR UPDATE")
            .setParameter(1, account.getId())
            .getResultList();
    if (rows.isEmpty() || !rows.get(0)[3].equals(account.getPhone())) {
      return Outcome.EXPIRED;
    }
    Object[] row = rows.get(0);
    if (((Number) row[2]).intValue() >= MAX_ATTEMPTS) {
      return Outcome.TOO_MANY_ATTEMPTS;
    }
    if (toInstant(row[1]).isBefore(sms.clock().instant())) {
      return Outcome.EXPIRED;
    }
    String digits = typed == null ? "" : typed.replaceAll("\\s", "");
    if (!MessageDigest.isEqual(
        hash(account, digits).getBytes(StandardCharsets.US_ASCII),
        ((String) row[0]).getBytes(StandardCharsets.US_ASCII))) {
      em.createNativeQuery("UPDATE phone_verification SET attempts = attempts + 1 WHERE account_id = ?1")
          .setParameter(1, account.getId())
          .executeUpdate();
      return Outcome.WRONG_CODE;
    }
    account.markPhoneVerified();
    em.createNativeQuery("DELETE FROM phone_verification WHERE account_id = ?1").setParameter(1, account.getId()).executeUpdate();
    return Outcome.CONFIRMED;
  }

  private Object[] row(Account account) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT account_id, sends_in_window, window_started_at FROM phone_verification WHERE account_id = ?1 FOR UPDATE")
            .setParameter(1, account.getId())
            .getResultList();
    return rows.isEmpty() ? null : rows.get(0);
  }

  private Account load(String publicId) {
    return em.createQuery("SELECT a FROM Account a WHERE a.publicId = :p", Account.class)
        .setParameter("p", publicId)
        .getSingleResult();
  }

  private static String hash(Account account, String code) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest((account.getPublicId() + ":" + code).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Instant toInstant(Object value) {
    return value instanceof Timestamp t ? t.toInstant() : Timestamp.valueOf((java.time.LocalDateTime) value).toInstant();
  }
}
