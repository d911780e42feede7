package fr.paris.teleservices.portal.dossier;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.account.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The lifecycle of requests: drafts, submission with its receipt, pieces, instruction, decision,
 * lapse. Every change of state is checked, written to the history, published as an event in the
 * same transaction, and visible only to the usager concerned and their instructing structure.
 */
@ApplicationScoped
public class DossierService {

  private static final Logger LOG = Logger.getLogger(DossierService.class.getName());

  /** Paris time: a request received at 23:30 is received on that day. */
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  /** Règlement municipal, titre I/B art. 3: two months from receipt to complete a request. */
  static final int MONTHS_TO_COMPLETE = 2;

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Inject Completeness completeness;
  @Inject Routing routing;
  @Inject Event<DossierChanged> changes;

  Clock clock = Clock.systemUTC();

  @Transactional
  public Dossier startDraft(Actor actor, Account usager, String procedureId, Map<String, String> answers) {
    requireActingFor(actor, usager.getPublicId());
    Dossier dossier = new Dossier(procedureId, usager, clock.instant());
    dossier.getAnswers().putAll(answers);
    if (actor.role() == Role.AGENT) {
      dossier.filedBy(em.find(Account.class, accountId(actor.id())));
    }
    em.persist(dossier);
    em.flush();
    em.persist(new DossierHistory(dossier, null, DossierState.DRAFT, actor, null, clock.instant()));
    return dossier;
  }

  @Transactional
  public void saveAnswers(Actor actor, String dossierId, Map<String, String> answers) {
    Dossier dossier = ownedForUpdate(actor, dossierId);
    if (dossier.getState().isFinal()) {
      throw new IllegalTransition(dossier.getState(), dossier.getState());
    }
    dossier.getAnswers().clear();
    dossier.getAnswers().putAll(answers);
    dossier.touch(clock.instant());
  }

  /**
   * Attaches a vault document for a requirement. When the request was waiting for pieces and
   * nothing is missing any more, it goes back to SUBMITTED at once.
   */
  @Transactional
  public void attach(Actor actor, String dossierId, String requirementId, String documentId) {
    Dossier dossier = ownedForUpdate(actor, dossierId);
    if (dossier.getState().isFinal() || dossier.getState() == DossierState.UNDER_REVIEW) {
      throw new IllegalTransition(dossier.getState(), dossier.getState());
    }
    boolean already =
        pieces(dossier).stream()
            .anyMatch(p -> p.getRequirementId().equals(requirementId) && p.getDocumentId().equals(documentId));
    if (!already) {
      em.persist(new DossierPiece(dossier, requirementId, documentId, actor.id(), clock.instant()));
      em.flush();
    }
    dossier.touch(clock.instant());
    if (dossier.getState() == DossierState.INCOMPLETE && check(dossier).complete()) {
      move(dossier, DossierState.SUBMITTED, actor, null);
    }
  }

  @Transactional
  public void detach(Actor actor, String dossierId, String requirementId, String documentId) {
    Dossier dossier = ownedForUpdate(actor, dossierId);
    if (dossier.getState() != DossierState.DRAFT && dossier.getState() != DossierState.INCOMPLETE) {
      throw new IllegalTransition(dossier.getState(), dossier.getState());
    }
    em.createQuery(
            "DELETE FROM DossierPiece p WHERE p.dossier = :d AND p.requirementId = :r AND p.documentId = :doc")
        .setParameter("d", dossier)
        .setParameter("r", requirementId)
        .setParameter("doc", documentId)
        .executeUpdate();
    dossier.touch(clock.instant());
  }

  /**
   * Files a draft: it gets its number, its date of receipt and its deadline, and a receipt listing
   * the pieces received and missing. Missing or expired pieces make it INCOMPLETE.
   */
  @Transactional
  public Dossier submit(Actor actor, String dossierId) {
    Dossier dossier = ownedForUpdate(actor, dossierId);
    if (dossier.getState() != DossierState.DRAFT) {
      throw new IllegalTransition(dossier.getState(), DossierState.SUBMITTED);
    }
    LocalDate today = LocalDate.now(clock.withZone(PARIS));
    dossier.receive(
        number(dossier, today),
        today,
        today.plusMonths(MONTHS_TO_COMPLETE),
        routing.instructingStructure(dossier));
    Completeness.Check check = check(dossier);
    em.persist(new DossierReceipt(dossier, check, clock.instant()));
    move(dossier, check.complete() ? DossierState.SUBMITTED : DossierState.INCOMPLETE, actor, null);
    LOG.info(() -> "Request " + dossier.getNumber() + " filed, " + dossier.getState());
    return dossier;
  }

  /** The instructor asks for missing or corrected pieces; the message goes to the usager. */
  @Transactional
  public void requestPieces(Actor worker, String dossierId, String message) {
    Dossier dossier = instructedForUpdate(worker, dossierId);
    em.persist(new DossierMessage(dossier, worker.name(), message, clock.instant()));
    move(dossier, DossierState.INCOMPLETE, worker, message);
  }

  @Transactional
  public void startReview(Actor worker, String dossierId) {
    move(instructedForUpdate(worker, dossierId), DossierState.UNDER_REVIEW, worker, null);
  }

  @Transactional
  public void grant(Actor worker, String dossierId, BigDecimal amount, LocalDate from, LocalDate until) {
    Dossier dossier = instructedForUpdate(worker, dossierId);
    move(dossier, DossierState.GRANTED, worker, null);
    dossier.grant(amount, from, until, clock.instant());
  }

  @Transactional
  public void reject(Actor worker, String dossierId, String reason) {
    Dossier dossier = instructedForUpdate(worker, dossierId);
    move(dossier, DossierState.REJECTED, worker, reason);
    dossier.reject(reason, clock.instant());
  }

  @Transactional
  public void withdraw(Actor actor, String dossierId) {
    move(ownedForUpdate(actor, dossierId), DossierState.WITHDRAWN, actor, null);
  }

  /**
   * Lapses the requests still incomplete after their deadline, a batch at a time. Rows are claimed
   * with SKIP LOCKED, so the job may run on every portal node at once without double work.
   *
   * @return how many requests lapsed
   */
  @Transactional
  public int lapseOverdue(LocalDate today, int batch) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "SELECT id FROM dossier WHERE state = 'INCOMPLETE' AND complete_by < ?1"
                    + " ORDER BY complete_by, id LIMIT ?2 FOR UPDATE SKIP LOCKED")
            .setParameter(1, today)
            .setParameter(2, batch)
            .getResultList();
    for (Number id : ids) {
      Dossier dossier = em.find(Dossier.class, id.longValue());
      em.refresh(dossier);
      if (dossier.getState() == DossierState.INCOMPLETE) {
        move(dossier, DossierState.LAPSED, Actor.SYSTEM, null);
      }
    }
    return ids.size();
  }

  /** A request the actor may see; empty for anyone else's (pages answer 404, never 403). */
  public Optional<Dossier> find(Actor actor, String publicId) {
    return em.createQuery("SELECT d FROM Dossier d WHERE d.publicId = :id", Dossier.class)
        .setParameter("id", publicId)
        .getResultList()
        .stream()
        .filter(d -> maySee(actor, d))
        .findFirst();
  }

  /** A usager's requests, most recently changed first. */
  public List<Dossier> ofUsager(String usagerPublicId) {
    return em.createQuery(
            "SELECT d FROM Dossier d WHERE d.usager.publicId = :u ORDER BY d.updatedAt DESC", Dossier.class)
        .setParameter("u", usagerPublicId)
        .getResultList();
  }

  public List<DossierPiece> pieces(Dossier dossier) {
    return em.createQuery(
            "SELECT p FROM DossierPiece p WHERE p.dossier = :d ORDER BY p.attachedAt", DossierPiece.class)
        .setParameter("d", dossier)
        .getResultList();
  }

  /** Whether the document is also attached to another request of the same usager. */
  public boolean isAttachedElsewhere(Dossier dossier, String documentId) {
    return !em.createQuery(
            "SELECT p.id FROM DossierPiece p WHERE p.documentId = :doc AND p.dossier <> :d", Long.class)
        .setParameter("doc", documentId)
        .setParameter("d", dossier)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  public List<DossierHistory> history(Dossier dossier) {
    return em.createQuery(
            "SELECT h FROM DossierHistory h WHERE h.dossier = :d ORDER BY h.occurredAt, h.id", DossierHistory.class)
        .setParameter("d", dossier)
        .getResultList();
  }

  public List<DossierMessage> messages(Dossier dossier) {
    return em.createQuery(
            "SELECT m FROM DossierMessage m WHERE m.dossier = :d ORDER BY m.sentAt DESC", DossierMessage.class)
        .setParameter("d", dossier)
        .getResultList();
  }

  public Optional<DossierReceipt> latestReceipt(Dossier dossier) {
    return em.createQuery(
            "SELECT r FROM DossierReceipt r WHERE r.dossier = :d ORDER BY r.issuedAt DESC, r.id DESC",
            DossierReceipt.class)
        .setParameter("d", dossier)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** What is missing today, for the request's page. */
  public Completeness.Check check(Dossier dossier) {
    return completeness.check(dossier, pieces(dossier), LocalDate.now(clock.withZone(PARIS)));
  }

  private void move(Dossier dossier, DossierState target, Actor actor, String message) {
    DossierState from = dossier.getState();
    dossier.moveTo(target, clock.instant());
    em.persist(new DossierHistory(dossier, from, target, actor, message, clock.instant()));
    em.persist(new DossierEvent(dossier, clock.instant()));
    changes.fire(
        new DossierChanged(
            dossier.getId(),
            dossier.getNumber(),
            dossier.getProcedureId(),
            dossier.getUsager().getPublicId(),
            from,
            target,
            dossier.getReceivedOn(),
            dossier.getCompleteBy()));
  }

  private boolean maySee(Actor actor, Dossier dossier) {
    if (actor.role() == Role.SOCIAL_WORKER) {
      return dossier.getState() != DossierState.DRAFT
          && dossier.getStructure() != null
          && dossier.getStructure().getId().equals(actor.structureId());
    }
    String usager = actor.usagerId();
    return usager != null && usager.equals(dossier.getUsager().getPublicId());
  }

  private Dossier ownedForUpdate(Actor actor, String publicId) {
    Dossier dossier = locked(publicId);
    if (actor.usagerId() == null || !actor.usagerId().equals(dossier.getUsager().getPublicId())) {
      throw new DossierNotFound();
    }
    return dossier;
  }

  private Dossier instructedForUpdate(Actor worker, String publicId) {
    Dossier dossier = locked(publicId);
    if (worker.role() != Role.SOCIAL_WORKER || !maySee(worker, dossier)) {
      throw new DossierNotFound();
    }
    return dossier;
  }

  /** The request, locked for this transaction: two instructors cannot decide it at once. */
  private Dossier locked(String publicId) {
    return em.createQuery("SELECT d FROM Dossier d WHERE d.publicId = :id", Dossier.class)
        .setParameter("id", publicId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList()
        .stream()
        .findFirst()
        .orElseThrow(DossierNotFound::new);
  }

  private void requireActingFor(Actor actor, String usagerPublicId) {
    if (!usagerPublicId.equals(actor.usagerId())) {
      throw new DossierNotFound();
    }
  }

  private long accountId(String publicId) {
    return em.createQuery("SELECT a.id FROM Account a WHERE a.publicId = :p", Long.class)
        .setParameter("p", publicId)
        .getSingleResult();
  }

  /** The number people quote: year of receipt and a unique sequence, e.g. 2026-000123. */
  private static String number(Dossier dossier, LocalDate on) {
    return String.format("%d-%06d", on.getYear(), dossier.getId());
  }
}
