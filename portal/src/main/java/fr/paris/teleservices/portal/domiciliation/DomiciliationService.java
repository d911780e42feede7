package fr.paris.teleservices.portal.domiciliation;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.account.Role;
import fr.paris.teleservices.portal.dossier.Actor;
import fr.paris.teleservices.portal.structure.Structure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The lifecycle of domiciliations: request, interview, decision, renewal, end or radiation, mail and
 * contacts. Every change is checked against the lifecycle and the rules, written to the history
 * with who acted (and for whom, when an agent acts under a mandate), and its SMS written to the
 * outbox in the same transaction. A domiciliation is visible only to its usager (or an agent acting
 * for them) and to the staff of its structure; anyone else gets "not found".
 */
@ApplicationScoped
public class DomiciliationService {

  private static final Logger LOG = Logger.getLogger(DomiciliationService.class.getName());

  /** In Paris, the CASVP's domiciliation service (CatalogRouting routes the procedure there too). */
  public static final String STRUCTURE_CODE = "PARIS-ADRESSE";

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Inject DomiciliationSms sms;

  Clock clock = Clock.systemUTC();

  // ---------------------------------------------------------------- the usager's side

  /** Files a request for the usager. One open domiciliation at a time. */
  @Transactional
  public Domiciliation request(Actor actor, Account usager, DomiciliationRequest request) {
    if (!usager.getPublicId().equals(actor.usagerId())) {
      throw new DomiciliationNotFound();
    }
    if (ofUsager(usager.getPublicId()).stream().anyMatch(d -> !d.getState().isFinal())) {
      throw new DomiciliationRefused(DomiciliationRefused.Why.ALREADY_OPEN);
    }
    Structure structure =
        em.createQuery("SELECT s FROM Structure s WHERE s.code = :c", Structure.class)
            .setParameter("c", STRUCTURE_CODE)
            .getSingleResult();
    Instant now = clock.instant();
    Domiciliation domiciliation = new Domiciliation(accountByPublicId(usager.getPublicId()), structure, request, now);
    if (actor.role() == Role.AGENT) {
      domiciliation.filedBy(accountByPublicId(actor.id()));
    }
    em.persist(domiciliation);
    em.flush();
    domiciliation.numbered(String.format("DOM-%06d", domiciliation.getId()));
    history(domiciliation, HistoryAction.REQUESTED, null, actor, null);
    LOG.info(() -> "Domiciliation " + domiciliation.getPublicId() + " requested");
    return domiciliation;
  }

  /**
   * A renewal asked by the person (online, or by an agent for them) or recorded by the structure:
   * from two months before the end date until the end date.
   */
  @Transactional
  public void requestRenewal(Actor actor, String publicId) {
    Domiciliation domiciliation = actor.role() == Role.SOCIAL_WORKER ? staffForUpdate(actor, publicId) : ownForUpdate(actor, publicId);
    if (domiciliation.getState() != DomiciliationState.GRANTED) {
      throw new IllegalDomiciliationMove(domiciliation.getState(), DomiciliationState.RENEWAL_REQUESTED);
    }
    LocalDate today = today();
    if (today.isBefore(DomiciliationRules.renewalOpensOn(domiciliation.getValidUntil()))) {
      throw new DomiciliationRefused(DomiciliationRefused.Why.RENEWAL_TOO_EARLY);
    }
    if (DomiciliationRules.expired(domiciliation.getValidUntil(), today)) {
      throw new DomiciliationRefused(DomiciliationRefused.Why.RENEWAL_TOO_LATE);
    }
    move(domiciliation, DomiciliationState.RENEWAL_REQUESTED, HistoryAction.RENEWAL_REQUESTED, actor, null);
    domiciliation.contact(clock.instant());
    sms.cancelEnding(domiciliation);
  }

  /** The usager's domiciliations, newest first. */
  public List<Domiciliation> ofUsager(String usagerPublicId) {
    return em.createQuery(
            "SELECT d FROM Domiciliation d WHERE d.usager.publicId = :u ORDER BY d.createdAt DESC, d.id DESC",
            Domiciliation.class)
        .setParameter("u", usagerPublicId)
        .getResultList();
  }

  /** The one to show first: the open one, else the latest. */
  public Optional<Domiciliation> current(String usagerPublicId) {
    List<Domiciliation> all = ofUsager(usagerPublicId);
    return all.stream().filter(d -> !d.getState().isFinal()).findFirst().or(() -> all.stream().findFirst());
  }

  /**
   * The address a domicilié may write in their other requests — the structure's postal address with
   * their number there — while they are domiciled; empty otherwise.
   */
  public Optional<DomiciliationAddress> activeAddress(String usagerPublicId) {
    LocalDate today = today();
    return ofUsager(usagerPublicId).stream()
        .filter(d -> d.getState().isDomiciled())
        .filter(d -> d.getState() == DomiciliationState.RENEWAL_REQUESTED || !DomiciliationRules.expired(d.getValidUntil(), today))
        .findFirst()
        .map(this::address);
  }

  /** The address of a domiciliation as granted (also printed on the attestation). */
  public DomiciliationAddress address(Domiciliation domiciliation) {
    DomiciliationSite site = site(domiciliation);
    return new DomiciliationAddress(
        domiciliation.getFullName(),
        site.getShortName(),
        domiciliation.getNumber(),
        site.getStreet(),
        site.getPostcode(),
        site.getCity(),
        domiciliation.getValidUntil());
  }

  /** A domiciliation the actor may see: its usager (or an agent for them), or staff of its structure. */
  public Optional<Domiciliation> find(Actor actor, String publicId) {
    return byPublicId(publicId).filter(d -> maySee(actor, d));
  }

  // ---------------------------------------------------------------- the structure's side

  /** Proposes an appointment (or another one): date, time (Paris) and place. */
  @Transactional
  public void proposeInterview(Actor staff, String publicId, LocalDateTime at, String place) {
    Domiciliation domiciliation = staffForUpdate(staff, publicId);
    if (!domiciliation.getState().acceptsAppointment()) {
      throw new IllegalDomiciliationMove(domiciliation.getState(), DomiciliationState.INTERVIEW);
    }
    Instant when = at.atZone(DomiciliationRules.PARIS).toInstant();
    domiciliation.appointment(when, place, clock.instant());
    DomiciliationState target =
        domiciliation.getState() == DomiciliationState.REQUESTED ? DomiciliationState.INTERVIEW : domiciliation.getState();
    if (target != domiciliation.getState()) {
      move(domiciliation, target, HistoryAction.INTERVIEW_PROPOSED, staff, at.toString());
    } else {
      history(domiciliation, HistoryAction.INTERVIEW_PROPOSED, domiciliation.getState(), staff, at.toString());
    }
  }

  /**
   * Grants the domiciliation after the interview, or renews it: a new attestation valid one year
   * from {@code start} (null: today for a first grant, the day after the current end for a renewal
   * decided in time). The renewal notice is planned two months before the new end.
   */
  @Transactional
  public Attestation grant(Actor staff, String publicId, LocalDate start) {
    Domiciliation domiciliation = staffForUpdate(staff, publicId);
    boolean renewal = domiciliation.getState() == DomiciliationState.RENEWAL_REQUESTED;
    if (!domiciliation.getState().canMoveTo(DomiciliationState.GRANTED)) {
      throw new IllegalDomiciliationMove(domiciliation.getState(), DomiciliationState.GRANTED);
    }
    LocalDate today = today();
    LocalDate from =
        start != null ? start : renewal ? DomiciliationRules.renewalStart(domiciliation.getValidUntil(), today) : today;
    if (!DomiciliationRules.startInRange(from, today)) {
      throw new DomiciliationRefused(DomiciliationRefused.Why.START_OUT_OF_RANGE);
    }
    LocalDate until = DomiciliationRules.validUntil(from);
    Instant now = clock.instant();
    domiciliation.period(from, until, renewal);
    int issued = attestations(domiciliation).size() + 1;
    Attestation attestation =
        new Attestation(
            domiciliation,
            String.format("ED-%d-%06d-%d", from.getYear(), domiciliation.getId(), issued),
            from,
            until,
            renewal,
            staff.name(),
            now);
    em.persist(attestation);
    move(
        domiciliation,
        DomiciliationState.GRANTED,
        renewal ? HistoryAction.RENEWED : HistoryAction.GRANTED,
        staff,
        attestation.getNumber());
    // The decision is handed over at the interview: the person was there.
    domiciliation.contact(now);
    sms.cancelEnding(domiciliation);
    sms.planEnding(domiciliation);
    LOG.info(() -> "Domiciliation " + domiciliation.getPublicId() + (renewal ? " renewed" : " granted"));
    return attestation;
  }

  /** Refuses a first request or a renewal: a reason from DomiFa's list and its written details. */
  @Transactional
  public void reject(Actor staff, String publicId, RefusalReason reason, String details) {
    Domiciliation domiciliation = staffForUpdate(staff, publicId);
    move(domiciliation, DomiciliationState.REJECTED, HistoryAction.REJECTED, staff, reason.name());
    domiciliation.refused(reason, details);
    sms.cancelEnding(domiciliation);
  }

  /**
   * Ends or radiates the domiciliation, depending on the reason. Radiation for lack of contact only
   * after more than three months without any; "expired" only after the end date.
   */
  @Transactional
  public void end(Actor staff, String publicId, EndReason reason, String details) {
    end(staffForUpdate(staff, publicId), reason, details, staff);
  }

  /** Records a visit or a call: the "no contact" clock starts again. */
  @Transactional
  public void recordContact(Actor staff, String publicId) {
    Domiciliation domiciliation = staffForUpdate(staff, publicId);
    if (domiciliation.getState().isFinal()) {
      throw new IllegalDomiciliationMove(domiciliation.getState(), domiciliation.getState());
    }
    domiciliation.contact(clock.instant());
    history(domiciliation, HistoryAction.CONTACT, domiciliation.getState(), staff, null);
  }

  /**
   * Records mail received for a domicilié and, in the same transaction, the SMS that tells them
   * (never its sender or content).
   */
  @Transactional
  public MailItem recordMail(
      Actor staff, String publicId, MailSender sender, LocalDate receivedOn, boolean registered, int count) {
    Domiciliation domiciliation = staffForUpdate(staff, publicId);
    if (!domiciliation.getState().isDomiciled()) {
      throw new DomiciliationRefused(DomiciliationRefused.Why.NOT_DOMICILED);
    }
    MailItem mail =
        new MailItem(domiciliation, sender, receivedOn, registered, Math.max(1, count), staff.name(), clock.instant());
    em.persist(mail);
    history(domiciliation, HistoryAction.MAIL_RECORDED, domiciliation.getState(), staff, Integer.toString(mail.getItemCount()));
    sms.mailArrived(domiciliation, mail, site(domiciliation).getShortName());
    return mail;
  }

  /** The person collected their mail (one item, or everything waiting): it counts as a contact. */
  @Transactional
  public int mailCollected(Actor staff, String publicId, String mailPublicId) {
    Domiciliation domiciliation = staffForUpdate(staff, publicId);
    List<MailItem> waiting =
        mail(domiciliation).stream()
            .filter(MailItem::isWaiting)
            .filter(m -> mailPublicId == null || m.getPublicId().equals(mailPublicId))
            .toList();
    if (waiting.isEmpty()) {
      throw new DomiciliationRefused(DomiciliationRefused.Why.MAIL_ALREADY_COLLECTED);
    }
    Instant now = clock.instant();
    int items = 0;
    for (MailItem mail : waiting) {
      mail.collected(staff.name(), now);
      items += mail.getItemCount();
    }
    domiciliation.contact(now);
    history(domiciliation, HistoryAction.MAIL_COLLECTED, domiciliation.getState(), staff, Integer.toString(items));
    return items;
  }

  /**
   * Ends the domiciliations whose attestation has passed its end date without a renewal request, a
   * batch at a time (SKIP LOCKED: every node may run it at once).
   */
  @Transactional
  public int expireOverdue(LocalDate today, int batch) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "SELECT id FROM domiciliation WHERE state = 'GRANTED' AND valid_until < ?1"
                    + " ORDER BY valid_until, id LIMIT ?2 FOR UPDATE SKIP LOCKED")
            .setParameter(1, today)
            .setParameter(2, batch)
            .getResultList();
    for (Number id : ids) {
      Domiciliation domiciliation = em.find(Domiciliation.class, id.longValue());
      em.refresh(domiciliation);
      if (domiciliation.getState() == DomiciliationState.GRANTED
          && DomiciliationRules.expired(domiciliation.getValidUntil(), today)) {
        end(domiciliation, EndReason.EXPIRED_WITHOUT_RENEWAL, null, Actor.SYSTEM);
      }
    }
    return ids.size();
  }

  /** Records where the attestation's copy lives in the holder's vault. */
  @Transactional
  public void attestationDeposited(String attestationPublicId, String documentId) {
    em.createQuery("SELECT a FROM Attestation a WHERE a.publicId = :p", Attestation.class)
        .setParameter("p", attestationPublicId)
        .getSingleResult()
        .deposited(documentId);
  }

  // ---------------------------------------------------------------- reading

  public List<DomiciliationHistory> history(Domiciliation domiciliation) {
    return em.createQuery(
            "SELECT h FROM DomiciliationHistory h WHERE h.domiciliation = :d ORDER BY h.occurredAt, h.id",
            DomiciliationHistory.class)
        .setParameter("d", domiciliation)
        .getResultList();
  }

  /** Attestations issued, newest first. */
  public List<Attestation> attestations(Domiciliation domiciliation) {
    return em.createQuery(
            "SELECT a FROM Attestation a WHERE a.domiciliation = :d ORDER BY a.issuedAt DESC, a.id DESC", Attestation.class)
        .setParameter("d", domiciliation)
        .getResultList();
  }

  /** The attestation of the current period, if granted. */
  public Optional<Attestation> currentAttestation(Domiciliation domiciliation) {
    return attestations(domiciliation).stream().findFirst();
  }

  /** An attestation the actor may download. */
  public Optional<Attestation> findAttestation(Actor actor, String attestationPublicId) {
    return em.createQuery("SELECT a FROM Attestation a WHERE a.publicId = :p", Attestation.class)
        .setParameter("p", attestationPublicId)
        .getResultList()
        .stream()
        .filter(a -> maySee(actor, a.getDomiciliation()))
        .findFirst();
  }

  /** Mail received, newest first. */
  public List<MailItem> mail(Domiciliation domiciliation) {
    return em.createQuery(
            "SELECT m FROM MailItem m WHERE m.domiciliation = :d ORDER BY m.receivedOn DESC, m.recordedAt DESC", MailItem.class)
        .setParameter("d", domiciliation)
        .getResultList();
  }

  public DomiciliationSite site(Domiciliation domiciliation) {
    return site(domiciliation.getStructure().getId());
  }

  public DomiciliationSite site(long structureId) {
    DomiciliationSite site = em.find(DomiciliationSite.class, structureId);
    if (site == null) {
      throw new IllegalStateException("No site for domiciliation structure " + structureId);
    }
    return site;
  }

  /** Whether the account is staff of a domiciliation structure (their pages and nav link). */
  public static boolean isDomiciliationStaff(Account account) {
    return account != null
        && account.getRole() == Role.SOCIAL_WORKER
        && account.getStructure() != null
        && account.getStructure().getKind() == Structure.Kind.DOMICILIATION;
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(DomiciliationRules.PARIS));
  }

  // ---------------------------------------------------------------- internals

  private void end(Domiciliation domiciliation, EndReason reason, String details, Actor actor) {
    LocalDate today = today();
    if (reason == EndReason.NO_CONTACT
        && !DomiciliationRules.mayRadiateForNoContact(domiciliation.getLastContactAt(), today)) {
      throw new DomiciliationRefused(DomiciliationRefused.Why.NO_CONTACT_TOO_RECENT);
    }
    if (reason == EndReason.EXPIRED_WITHOUT_RENEWAL
        && (domiciliation.getState() != DomiciliationState.GRANTED
            || !DomiciliationRules.expired(domiciliation.getValidUntil(), today))) {
      throw new DomiciliationRefused(DomiciliationRefused.Why.NOT_EXPIRED_YET);
    }
    DomiciliationState target = reason.target();
    move(
        domiciliation,
        target,
        target == DomiciliationState.RADIATED ? HistoryAction.RADIATED : HistoryAction.ENDED,
        actor,
        reason.name());
    domiciliation.ended(reason, details, today);
    sms.cancelEnding(domiciliation);
    LOG.info(() -> "Domiciliation " + domiciliation.getPublicId() + " " + target + " (" + reason + ")");
  }

  private void move(Domiciliation domiciliation, DomiciliationState target, HistoryAction action, Actor actor, String detail) {
    DomiciliationState from = domiciliation.getState();
    domiciliation.moveTo(target, clock.instant());
    em.persist(new DomiciliationHistory(domiciliation, action, from, target, actor, detail, clock.instant()));
  }

  private void history(Domiciliation domiciliation, HistoryAction action, DomiciliationState state, Actor actor, String detail) {
    DomiciliationState to = state == null ? domiciliation.getState() : state;
    em.persist(new DomiciliationHistory(domiciliation, action, null, to, actor, detail, clock.instant()));
  }

  private boolean maySee(Actor actor, Domiciliation domiciliation) {
    if (actor.role() == Role.SOCIAL_WORKER) {
      return domiciliation.getStructure().getId().equals(actor.structureId());
    }
    String usager = actor.usagerId();
    return usager != null && usager.equals(domiciliation.getUsager().getPublicId());
  }

  private Domiciliation ownForUpdate(Actor actor, String publicId) {
    Domiciliation domiciliation = locked(publicId);
    if (actor.usagerId() == null || !actor.usagerId().equals(domiciliation.getUsager().getPublicId())) {
      throw new DomiciliationNotFound();
    }
    return domiciliation;
  }

  private Domiciliation staffForUpdate(Actor staff, String publicId) {
    Domiciliation domiciliation = locked(publicId);
    if (staff.role() != Role.SOCIAL_WORKER || !maySee(staff, domiciliation)) {
      throw new DomiciliationNotFound();
    }
    return domiciliation;
  }

  /** Locked for this transaction: two staff members cannot decide at once. */
  private Domiciliation locked(String publicId) {
    return em.createQuery("SELECT d FROM Domiciliation d WHERE d.publicId = :p", Domiciliation.class)
        .setParameter("p", publicId == null ? "" : publicId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList()
        .stream()
        .findFirst()
        .orElseThrow(DomiciliationNotFound::new);
  }

  private Optional<Domiciliation> byPublicId(String publicId) {
    return em.createQuery("SELECT d FROM Domiciliation d WHERE d.publicId = :p", Domiciliation.class)
        .setParameter("p", publicId == null ? "" : publicId)
        .getResultList()
        .stream()
        .findFirst();
  }

  private Account accountByPublicId(String publicId) {
    return em.createQuery("SELECT a FROM Account a WHERE a.publicId = :p", Account.class)
        .setParameter("p", publicId)
        .getSingleResult();
  }
}
