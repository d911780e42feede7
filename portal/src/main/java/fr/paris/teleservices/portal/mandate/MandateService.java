package fr.paris.teleservices.portal.mandate;

import fr.paris.teleservices.notifications.sms.InvalidPhoneNumberException;
import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.account.Role;
import fr.paris.teleservices.portal.persistence.ContainerTransactions;
import fr.paris.teleservices.portal.sms.Sms;
import fr.paris.teleservices.portal.structure.Structure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Mandates from the consent to their end, and the journal the usager reads. Only agents of an
 * espace numérique (structure of kind DIGITAL_ACCESS) may hold one, only for a usager's account.
 * Every step is journaled in the same transaction as the change.
 */
@ApplicationScoped
public class MandateService {

  private static final Logger LOG = Logger.getLogger(MandateService.class.getName());

  /** What became of a request for a consent code. */
  public enum SendOutcome {
    SENT,
    NO_PHONE,
    OPTED_OUT,
    TOO_MANY_SENDS,
    NOT_PENDING
  }

  /** What became of a code typed on the agent's screen. */
  public enum CodeOutcome {
    CONFIRMED,
    WRONG_CODE,
    EXPIRED,
    REFUSED,
    NOT_PENDING
  }

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Inject Sms sms;
  @Inject ContainerTransactions transactions;

  Clock clock = Clock.systemUTC();
  private final SecureRandom random = new SecureRandom();

  /** An agent asks to act for a usager; the mandate waits for the person's consent. */
  @Transactional
  public Mandate ask(Account agent, String usagerPublicId, Set<Scope> scopes, Duration duration) {
    Account managedAgent = requireAgent(agent);
    Account usager = usager(usagerPublicId);
    Mandate mandate = new Mandate(managedAgent, usager, scopes, duration, clock.instant(), MandatePolicy.PENDING);
    em.persist(mandate);
    journal(usager, mandate, managedAgent, JournalAction.ASKED, Scope.format(scopes) + ";" + duration.toMinutes());
    return mandate;
  }

  /** Sends (again) a consent code to the usager's mobile, in the outbox, in this transaction. */
  @Transactional
  public SendOutcome sendCode(Account agent, String mandatePublicId) throws SQLException {
    Mandate mandate = agentsForUpdate(agent, mandatePublicId);
    if (mandate.getState() != MandateState.PENDING || !clock.instant().isBefore(mandate.getExpiresAt())) {
      return SendOutcome.NOT_PENDING;
    }
    Account usager = mandate.getUsager();
    if (usager.getPhone() == null) {
      return SendOutcome.NO_PHONE;
    }
    if (mandate.getCodeSends() >= MandatePolicy.MAX_CODE_SENDS) {
      return SendOutcome.TOO_MANY_SENDS;
    }
    if (sms.queries().isOptedOut(usager.getPhone())) {
      return SendOutcome.OPTED_OUT;
    }
    String code = String.format("%06d", random.nextInt(1_000_000));
    mandate.newCode(hash(mandate, code), clock.instant().plus(sms.config().verificationValidity()));
    String requestId = mandate.getPublicId() + ":" + mandate.getCodeSends();
    transactions.inCurrentTransaction(
        c -> {
          try {
            return sms.verification()
                .send(c, "mandate:" + mandate.getPublicId(), requestId, usager.getPhone(), usager.getLanguage(), code);
          } catch (InvalidPhoneNumberException e) {
            // Numbers are checked as mobiles when they are recorded: this is a bug, not bad input.
            throw new IllegalStateException("Stored number is not a mobile", e);
          }
        });
    journal(usager, mandate, mandate.getAgent(), JournalAction.CODE_SENT, null);
    LOG.info(() -> "Consent code queued for mandate " + mandate.getPublicId());
    return SendOutcome.SENT;
  }

  /**
   * The code the person typed on the agent's screen. Right: the mandate is active (and the number is
   * shown to be theirs). Wrong: counted; too many: refused.
   */
  @Transactional
  public CodeOutcome confirmCode(Account agent, String mandatePublicId, String typed) {
    Mandate mandate = agentsForUpdate(agent, mandatePublicId);
    Instant now = clock.instant();
    if (mandate.getState() != MandateState.PENDING || !now.isBefore(mandate.getExpiresAt())) {
      return CodeOutcome.NOT_PENDING;
    }
    if (mandate.getCodeHash() == null || !now.isBefore(mandate.getCodeExpiresAt())) {
      return CodeOutcome.EXPIRED;
    }
    String digits = typed == null ? "" : typed.replaceAll("\\s", "");
    if (!MessageDigest.isEqual(
        hash(mandate, digits).getBytes(StandardCharsets.US_ASCII), mandate.getCodeHash().getBytes(StandardCharsets.US_ASCII))) {
      mandate.wrongCode();
      journal(mandate.getUsager(), mandate, mandate.getAgent(), JournalAction.CODE_WRONG, null);
      if (mandate.getCodeAttempts() >= MandatePolicy.MAX_CODE_ATTEMPTS) {
        mandate.close(MandateState.REFUSED, Mandate.EndedBy.SYSTEM, now);
        journal(mandate.getUsager(), mandate, mandate.getAgent(), JournalAction.REFUSED, "CODE");
        return CodeOutcome.REFUSED;
      }
      return CodeOutcome.WRONG_CODE;
    }
    mandate.confirm(ConsentMethod.SMS_CODE, now);
    // The person read the code on this number: it is theirs.
    mandate.getUsager().markPhoneVerified();
    journal(mandate.getUsager(), mandate, mandate.getAgent(), JournalAction.CONFIRMED, ConsentMethod.SMS_CODE.name());
    LOG.info(() -> "Mandate " + mandate.getPublicId() + " confirmed by SMS code");
    return CodeOutcome.CONFIRMED;
  }

  /**
   * A mandate consented on the spot: the person typed their password on the agent's screen (the
   * caller has checked it), or the agent created their account with them present.
   */
  @Transactional
  public Mandate openConsented(
      Account agent, String usagerPublicId, Set<Scope> scopes, Duration duration, ConsentMethod method) {
    if (method != ConsentMethod.PASSWORD && method != ConsentMethod.NEW_ACCOUNT) {
      throw new IllegalArgumentException("Consent on the spot is a password or a new account");
    }
    Mandate mandate = ask(agent, usagerPublicId, scopes, duration);
    mandate.confirm(method, clock.instant());
    journal(mandate.getUsager(), mandate, mandate.getAgent(), JournalAction.CONFIRMED, method.name());
    LOG.info(() -> "Mandate " + mandate.getPublicId() + " opened (" + method + ")");
    return mandate;
  }

  /** The person approves, in their own space, a request an agent made a moment ago. */
  @Transactional
  public void approve(Account usager, String mandatePublicId) {
    Mandate mandate = usagersForUpdate(usager, mandatePublicId);
    Instant now = clock.instant();
    if (mandate.getState() != MandateState.PENDING || !now.isBefore(mandate.getExpiresAt())) {
      throw new MandateNotFound();
    }
    mandate.confirm(ConsentMethod.ON_PHONE, now);
    journal(mandate.getUsager(), mandate, mandate.getAgent(), JournalAction.CONFIRMED, ConsentMethod.ON_PHONE.name());
  }

  /** The person refuses a request. */
  @Transactional
  public void refuse(Account usager, String mandatePublicId) {
    Mandate mandate = usagersForUpdate(usager, mandatePublicId);
    if (mandate.getState() != MandateState.PENDING) {
      throw new MandateNotFound();
    }
    mandate.close(MandateState.REFUSED, Mandate.EndedBy.USAGER, clock.instant());
    journal(mandate.getUsager(), mandate, mandate.getAgent(), JournalAction.REFUSED, "USAGER");
  }

  /** The person ends a mandate, at once. */
  @Transactional
  public void endByUsager(Account usager, String mandatePublicId) {
    Mandate mandate = usagersForUpdate(usager, mandatePublicId);
    if (mandate.getState().isClosed()) {
      return;
    }
    mandate.close(MandateState.ENDED, Mandate.EndedBy.USAGER, clock.instant());
    journal(mandate.getUsager(), mandate, mandate.getAgent(), JournalAction.ENDED_BY_USAGER, null);
    LOG.info(() -> "Mandate " + mandate.getPublicId() + " ended by the usager");
  }

  /** Every mandate of a usager whose account is being closed ends now (in the caller's transaction). */
  public void endAllOf(String usagerPublicId, Instant now) {
    for (Mandate mandate : ofUsager(usagerPublicId)) {
      if (!mandate.getState().isClosed()) {
        mandate.close(MandateState.ENDED, Mandate.EndedBy.SYSTEM, now);
      }
    }
  }

  /** The agent ends a mandate (or gives up a request for consent). */
  @Transactional
  public void endByAgent(Account agent, String mandatePublicId) {
    Mandate mandate = agentsForUpdate(agent, mandatePublicId);
    if (mandate.getState().isClosed()) {
      return;
    }
    mandate.close(MandateState.ENDED, Mandate.EndedBy.AGENT, clock.instant());
    journal(mandate.getUsager(), mandate, mandate.getAgent(), JournalAction.ENDED_BY_AGENT, null);
    LOG.info(() -> "Mandate " + mandate.getPublicId() + " ended by the agent");
  }

  /**
   * The mandate an agent acts under, when it is theirs, active and not expired at {@code now};
   * empty otherwise, whatever the reason.
   */
  public Optional<Mandate> active(String agentPublicId, String mandatePublicId, Instant now) {
    return em.createQuery(
            "SELECT m FROM Mandate m JOIN FETCH m.usager JOIN FETCH m.agent WHERE m.publicId = :p", Mandate.class)
        .setParameter("p", mandatePublicId == null ? "" : mandatePublicId)
        .getResultList()
        .stream()
        .filter(m -> m.getAgent().getPublicId().equals(agentPublicId))
        .filter(m -> m.isActiveAt(now))
        .filter(m -> m.getUsager().isActive())
        .findFirst();
  }

  /** One of the agent's own mandates, whatever its state. */
  public Optional<Mandate> ofAgent(Account agent, String mandatePublicId) {
    return em.createQuery(
            "SELECT m FROM Mandate m JOIN FETCH m.usager WHERE m.publicId = :p AND m.agent.publicId = :a", Mandate.class)
        .setParameter("p", mandatePublicId == null ? "" : mandatePublicId)
        .setParameter("a", agent.getPublicId())
        .getResultList()
        .stream()
        .findFirst();
  }

  /** The agent's mandates, newest first. */
  public List<Mandate> ofAgent(Account agent, int limit) {
    return em.createQuery(
            "SELECT m FROM Mandate m JOIN FETCH m.usager WHERE m.agent.publicId = :a ORDER BY m.createdAt DESC, m.id DESC",
            Mandate.class)
        .setParameter("a", agent.getPublicId())
        .setMaxResults(limit)
        .getResultList();
  }

  /** Every mandate of a usager, newest first. */
  public List<Mandate> ofUsager(String usagerPublicId) {
    return em.createQuery(
            "SELECT m FROM Mandate m JOIN FETCH m.agent WHERE m.usager.publicId = :u ORDER BY m.createdAt DESC, m.id DESC",
            Mandate.class)
        .setParameter("u", usagerPublicId)
        .getResultList();
  }

  /** The usager's journal, newest first. */
  public List<MandateJournalEntry> journal(String usagerPublicId, int limit) {
    return em.createQuery(
            "SELECT j FROM MandateJournalEntry j WHERE j.usager.publicId = :u ORDER BY j.occurredAt DESC, j.id DESC",
            MandateJournalEntry.class)
        .setParameter("u", usagerPublicId)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Writes a line of a usager's journal (account actions of an agent, a password reset…). */
  @Transactional
  public void record(String usagerPublicId, String agentPublicId, String mandatePublicId, JournalAction action, String detail) {
    Account usager = usager(usagerPublicId);
    Account agent = agentPublicId == null ? null : account(agentPublicId);
    Mandate mandate =
        mandatePublicId == null
            ? null
            : em.createQuery("SELECT m FROM Mandate m WHERE m.publicId = :p", Mandate.class)
                .setParameter("p", mandatePublicId)
                .getResultList()
                .stream()
                .findFirst()
                .orElse(null);
    journal(usager, mandate, agent, action, detail);
  }

  /**
   * Closes the mandates whose time ran out (and the requests for consent never answered), a batch
   * at a time; rows are claimed with SKIP LOCKED so every node may run it.
   */
  @Transactional
  public int expireOverdue(Instant now, int batch) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "SELECT id FROM mandate WHERE state IN ('PENDING', 'ACTIVE') AND expires_at <= ?1"
                    + " ORDER BY expires_at, id LIMIT ?2 FOR UPDATE SKIP LOCKED")
            .setParameter(1, java.sql.Timestamp.from(now))
            .setParameter(2, batch)
            .getResultList();
    for (Number id : ids) {
      Mandate mandate = em.find(Mandate.class, id.longValue());
      em.refresh(mandate);
      if (!mandate.getState().isClosed() && !now.isBefore(mandate.getExpiresAt())) {
        mandate.close(MandateState.EXPIRED, Mandate.EndedBy.SYSTEM, mandate.getExpiresAt());
        journal(mandate.getUsager(), mandate, mandate.getAgent(), JournalAction.EXPIRED, null);
      }
    }
    return ids.size();
  }

  /** Whether the account is an agent of an espace numérique, the only ones who may hold mandates. */
  public static boolean isAgent(Account account) {
    return account != null
        && account.getRole() == Role.AGENT
        && account.isActive()
        && account.getStructure() != null
        && account.getStructure().getKind() == Structure.Kind.DIGITAL_ACCESS;
  }

  private void journal(Account usager, Mandate mandate, Account agent, JournalAction action, String detail) {
    em.persist(new MandateJournalEntry(usager, mandate, agent, action, detail, clock.instant()));
  }

  private Account requireAgent(Account agent) {
    Account managed = account(agent.getPublicId());
    if (!isAgent(managed)) {
      throw new MandateNotFound();
    }
    return managed;
  }

  private Account usager(String publicId) {
    Account usager = account(publicId);
    if (usager.getRole() != Role.USAGER || !usager.isActive()) {
      throw new MandateNotFound();
    }
    return usager;
  }

  private Account account(String publicId) {
    return em.createQuery("SELECT a FROM Account a WHERE a.publicId = :p", Account.class)
        .setParameter("p", publicId == null ? "" : publicId)
        .getResultList()
        .stream()
        .findFirst()
        .orElseThrow(MandateNotFound::new);
  }

  private Mandate agentsForUpdate(Account agent, String mandatePublicId) {
    Mandate mandate = locked(mandatePublicId);
    if (!mandate.getAgent().getPublicId().equals(agent.getPublicId())) {
      throw new MandateNotFound();
    }
    return mandate;
  }

  private Mandate usagersForUpdate(Account usager, String mandatePublicId) {
    Mandate mandate = locked(mandatePublicId);
    if (!mandate.getUsager().getPublicId().equals(usager.getPublicId())) {
      throw new MandateNotFound();
    }
    return mandate;
  }

  private Mandate locked(String publicId) {
    return em.createQuery("SELECT m FROM Mandate m WHERE m.publicId = :p", Mandate.class)
        .setParameter("p", publicId == null ? "" : publicId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList()
        .stream()
        .findFirst()
        .orElseThrow(MandateNotFound::new);
  }

  private static String hash(Mandate mandate, String code) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest((mandate.getPublicId() + ":" + code).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
