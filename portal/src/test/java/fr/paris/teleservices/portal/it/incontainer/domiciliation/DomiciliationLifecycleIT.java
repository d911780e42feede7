package fr.paris.teleservices.portal.it.incontainer.domiciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.account.AccountRepository;
import fr.paris.teleservices.portal.account.AccountService;
import fr.paris.teleservices.portal.account.LoginIdentifier;
import fr.paris.teleservices.portal.domiciliation.Attestation;
import fr.paris.teleservices.portal.domiciliation.Attestations;
import fr.paris.teleservices.portal.domiciliation.CommuneLink;
import fr.paris.teleservices.portal.domiciliation.Domiciliation;
import fr.paris.teleservices.portal.domiciliation.DomiciliationHistory;
import fr.paris.teleservices.portal.domiciliation.DomiciliationNotFound;
import fr.paris.teleservices.portal.domiciliation.DomiciliationRefused;
import fr.paris.teleservices.portal.domiciliation.DomiciliationRequest;
import fr.paris.teleservices.portal.domiciliation.DomiciliationRules;
import fr.paris.teleservices.portal.domiciliation.DomiciliationService;
import fr.paris.teleservices.portal.domiciliation.DomiciliationState;
import fr.paris.teleservices.portal.domiciliation.EndReason;
import fr.paris.teleservices.portal.domiciliation.HistoryAction;
import fr.paris.teleservices.portal.domiciliation.IllegalDomiciliationMove;
import fr.paris.teleservices.portal.domiciliation.MailSender;
import fr.paris.teleservices.portal.domiciliation.RefusalReason;
import fr.paris.teleservices.portal.dossier.Actor;
import fr.paris.teleservices.portal.vault.VaultActors;
import fr.paris.teleservices.portal.vault.VaultSetup;
import fr.paris.teleservices.vault.document.DocumentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The domiciliation lifecycle inside Payara against the real MariaDB: illegal moves refused and
 * every change in the history, the one-year attestation (also in the vault), renewal only from two
 * months before the end, radiation for lack of contact only after three months, and mail told by
 * SMS in the same transaction without anything of the letter.
 */
@ExtendWith(ArquillianExtension.class)
class DomiciliationLifecycleIT {

  @Inject DomiciliationService domiciliations;
  @Inject Attestations attestations;
  @Inject AccountService accounts;
  @Inject AccountRepository repository;
  @Inject VaultSetup vault;
  @Inject UserTransaction tx;

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  private static String mobile() {
    return String.format("+3377%07d", (long) (Math.random() * 10_000_000));
  }

  private Account usager(String phone) throws Exception {
    Account account =
        accounts.signUpUsager(
            new AccountService.Signup("Moussa", null, phone, "une longue phrase secrète", "une longue phrase secrète", "fr"));
    return repository.findByPublicId(account.getPublicId()).orElseThrow();
  }

  private Actor staff(String login) {
    return Actor.of(repository.findByLogin(LoginIdentifier.parse(login)).orElseThrow());
  }

  private Domiciliation request(Account usager, String phone, boolean sms) {
    return domiciliations.request(
        Actor.of(usager),
        usager,
        new DomiciliationRequest(
            "Traoré", "Moussa", LocalDate.of(1990, 5, 4), null, CommuneLink.STAYING, null, phone, sms, "fr",
            "Accueil de jour Agora", null));
  }

  private Domiciliation granted(Account usager, String phone) {
    Domiciliation d = request(usager, phone, true);
    Actor staff = staff("domiciliation.demo");
    domiciliations.proposeInterview(staff, d.getPublicId(), LocalDateTime.now().plusDays(2).withNano(0), "Accueil");
    domiciliations.grant(staff, d.getPublicId(), null);
    return reload(d);
  }

  private Domiciliation reload(Domiciliation d) {
    return domiciliations.find(Actor.of(d.getUsager()), d.getPublicId()).orElseThrow();
  }

  private void sql(String statement, Object... parameters) throws Exception {
    tx.begin();
    var query = em.createNativeQuery(statement);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    query.executeUpdate();
    tx.commit();
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> sms(String subject) {
    return em.createNativeQuery("SELECT kind, state, recipient, params_json, due_at, body FROM sms_message WHERE subject = ?1 ORDER BY id")
        .setParameter(1, subject)
        .getResultList();
  }

  @Test
  void fromRequestToInterviewToAOneYearAttestationWithEveryStepInTheHistory() throws Exception {
    String phone = mobile();
    Account usager = usager(phone);
    Actor staff = staff("domiciliation.demo");
    Domiciliation d = request(usager, phone, true);
    assertThat(d.getState()).isEqualTo(DomiciliationState.REQUESTED);
    assertThat(d.getNumber()).matches("DOM-\\d{6}");
    assertThat(domiciliations.activeAddress(usager.getPublicId())).as("not domiciled yet").isEmpty();

    assertThatThrownBy(() -> domiciliations.grant(staff, d.getPublicId(), null))
        .as("no decision without an interview")
        .isInstanceOf(IllegalDomiciliationMove.class);
    assertThatThrownBy(() -> request(usager, phone, true))
        .isInstanceOfSatisfying(DomiciliationRefused.class, e -> assertThat(e.why()).isEqualTo(DomiciliationRefused.Why.ALREADY_OPEN));

    LocalDateTime appointment = LocalDateTime.now().plusDays(3).withHour(10).withMinute(0).withSecond(0).withNano(0);
    domiciliations.proposeInterview(staff, d.getPublicId(), appointment, "Paris Adresse, accueil");
    assertThat(reload(d).getState()).isEqualTo(DomiciliationState.INTERVIEW);
    assertThat(reload(d).getAppointmentAt()).isEqualTo(appointment.atZone(DomiciliationRules.PARIS).toInstant());

    Attestation attestation = domiciliations.grant(staff, d.getPublicId(), null);
    LocalDate today = LocalDate.now(DomiciliationRules.PARIS);
    Domiciliation granted = reload(d);
    assertThat(granted.getState()).isEqualTo(DomiciliationState.GRANTED);
    assertThat(granted.getValidFrom()).isEqualTo(today);
    assertThat(granted.getValidUntil()).isEqualTo(today.plusYears(1).minusDays(1));
    assertThat(attestation.getNumber()).startsWith("ED-" + today.getYear() + "-");

    List<DomiciliationHistory> history = domiciliations.history(granted);
    assertThat(history).extracting(DomiciliationHistory::getAction)
        .containsExactly(HistoryAction.REQUESTED, HistoryAction.INTERVIEW_PROPOSED, HistoryAction.GRANTED);
    assertThat(history).extracting(DomiciliationHistory::getActorName).containsExactly("Moussa", "Nadia Haddad", "Nadia Haddad");
    assertThat(history).allSatisfy(h -> assertThat(h.getOccurredAt()).isNotNull());

    // The renewal notice goes two months before the end.
    List<Object[]> notices = sms("domiciliation:" + d.getPublicId());
    assertThat(notices).hasSize(1);
    assertThat(notices.get(0)[0]).isEqualTo("DOMICILIATION_ENDING");
    Instant due = ((Timestamp) notices.get(0)[4]).toInstant();
    assertThat(DomiciliationRules.day(due)).isBetween(granted.getValidUntil().minusMonths(2), granted.getValidUntil().minusMonths(2).plusDays(7));

    // The address the person may use elsewhere.
    var address = domiciliations.activeAddress(usager.getPublicId()).orElseThrow();
    assertThat(address.oneLine()).contains("Moussa Traoré", "Paris Adresse", granted.getNumber(), "75012 Paris");

    // The attestation goes to the person's vault, with its validity.
    String documentId = attestations.depositIfMissing(attestation.getPublicId()).orElseThrow();
    assertThat(attestations.depositIfMissing(attestation.getPublicId())).as("only once").contains(documentId);
    var document = vault.vault().documents(VaultActors.usager(usager)).stream().filter(x -> x.id().equals(documentId)).findFirst().orElseThrow();
    assertThat(document.type()).isEqualTo(DocumentType.DOMICILIATION_CERTIFICATE);
    assertThat(document.contentType()).isEqualTo("application/pdf");
    assertThat(document.expiryDate()).isEqualTo(granted.getValidUntil());
  }

  @Test
  void nobodyElseSeesADomiciliation() throws Exception {
    Account usager = usager(mobile());
    Account other = usager(mobile());
    Domiciliation d = request(usager, null, false);
    assertThat(domiciliations.find(Actor.of(other), d.getPublicId())).isEmpty();
    assertThat(domiciliations.find(staff("ts.demo"), d.getPublicId())).as("an EPS social worker").isEmpty();
    assertThat(domiciliations.find(staff("domiciliation.demo"), d.getPublicId())).isPresent();
    assertThatThrownBy(() -> domiciliations.proposeInterview(staff("ts.demo"), d.getPublicId(), LocalDateTime.now().plusDays(1), "x"))
        .isInstanceOf(DomiciliationNotFound.class);
    assertThatThrownBy(() -> domiciliations.requestRenewal(Actor.of(other), d.getPublicId())).isInstanceOf(DomiciliationNotFound.class);
  }

  @Test
  void renewalIsPossibleOnlyFromTwoMonthsBeforeTheEndAndStartsTheDayAfter() throws Exception {
    String phone = mobile();
    Account usager = usager(phone);
    Domiciliation d = granted(usager, phone);
    Actor person = Actor.of(usager);
    assertThatThrownBy(() -> domiciliations.requestRenewal(person, d.getPublicId()))
        .isInstanceOfSatisfying(DomiciliationRefused.class, e -> assertThat(e.why()).isEqualTo(DomiciliationRefused.Why.RENEWAL_TOO_EARLY));

    LocalDate today = LocalDate.now(DomiciliationRules.PARIS);
    LocalDate end = today.plusDays(40);
    sql("UPDATE domiciliation SET valid_until = ?1 WHERE public_id = ?2", java.sql.Date.valueOf(end), d.getPublicId());
    domiciliations.requestRenewal(person, d.getPublicId());
    assertThat(reload(d).getState()).isEqualTo(DomiciliationState.RENEWAL_REQUESTED);
    assertThat(domiciliations.activeAddress(usager.getPublicId())).as("still domiciled while the renewal is decided").isPresent();
    assertThat(sms("domiciliation:" + d.getPublicId())).extracting(r -> r[1]).as("the old notice is dropped").containsOnly("CANCELLED");

    Attestation renewed = domiciliations.grant(staff("domiciliation.demo"), d.getPublicId(), null);
    Domiciliation after = reload(d);
    assertThat(after.getState()).isEqualTo(DomiciliationState.GRANTED);
    assertThat(renewed.isRenewal()).isTrue();
    assertThat(renewed.getValidFrom()).isEqualTo(end.plusDays(1));
    assertThat(renewed.getValidUntil()).isEqualTo(end.plusDays(1).plusYears(1).minusDays(1));
    assertThat(after.getRenewals()).isEqualTo(1);
    assertThat(domiciliations.attestations(after)).hasSize(2);
    assertThat(sms("domiciliation:" + d.getPublicId())).extracting(r -> r[1]).contains("PENDING");
  }

  @Test
  void aDomiciliationPastItsEndWithoutRenewalEndsAndCannotBeRenewedAnyMore() throws Exception {
    Account usager = usager(mobile());
    Domiciliation d = granted(usager, null);
    LocalDate today = LocalDate.now(DomiciliationRules.PARIS);
    sql("UPDATE domiciliation SET valid_until = ?1 WHERE public_id = ?2", java.sql.Date.valueOf(today.minusDays(1)), d.getPublicId());
    assertThat(domiciliations.activeAddress(usager.getPublicId())).as("expired: no address").isEmpty();
    assertThatThrownBy(() -> domiciliations.requestRenewal(Actor.of(usager), d.getPublicId()))
        .isInstanceOfSatisfying(DomiciliationRefused.class, e -> assertThat(e.why()).isEqualTo(DomiciliationRefused.Why.RENEWAL_TOO_LATE));
    while (domiciliations.expireOverdue(today, 500) == 500) {
      // Other tests' rows may be claimed too.
    }
    Domiciliation ended = reload(d);
    assertThat(ended.getState()).isEqualTo(DomiciliationState.ENDED);
    assertThat(ended.getEndReason()).isEqualTo(EndReason.EXPIRED_WITHOUT_RENEWAL);
    assertThat(domiciliations.history(ended)).last().satisfies(h -> {
      assertThat(h.getAction()).isEqualTo(HistoryAction.ENDED);
      assertThat(h.getActorId()).isEqualTo("system");
    });
  }

  @Test
  void radiationForLackOfContactNeedsMoreThanThreeMonthsAndAVisitStartsTheClockAgain() throws Exception {
    Account usager = usager(mobile());
    Domiciliation d = granted(usager, null);
    Actor staff = staff("domiciliation.demo");
    assertThatThrownBy(() -> domiciliations.end(staff, d.getPublicId(), EndReason.NO_CONTACT, null))
        .isInstanceOfSatisfying(DomiciliationRefused.class, e -> assertThat(e.why()).isEqualTo(DomiciliationRefused.Why.NO_CONTACT_TOO_RECENT));

    Timestamp fourMonthsAgo = Timestamp.from(Instant.now().minus(122, ChronoUnit.DAYS));
    sql("UPDATE domiciliation SET last_contact_at = ?1 WHERE public_id = ?2", fourMonthsAgo, d.getPublicId());
    domiciliations.recordContact(staff, d.getPublicId());
    assertThatThrownBy(() -> domiciliations.end(staff, d.getPublicId(), EndReason.NO_CONTACT, null))
        .as("the visit reset the clock")
        .isInstanceOf(DomiciliationRefused.class);

    sql("UPDATE domiciliation SET last_contact_at = ?1 WHERE public_id = ?2", fourMonthsAgo, d.getPublicId());
    domiciliations.end(staff, d.getPublicId(), EndReason.NO_CONTACT, null);
    Domiciliation radiated = reload(d);
    assertThat(radiated.getState()).isEqualTo(DomiciliationState.RADIATED);
    assertThat(radiated.getEndReason()).isEqualTo(EndReason.NO_CONTACT);
    assertThat(domiciliations.activeAddress(usager.getPublicId())).isEmpty();
    assertThatThrownBy(() -> domiciliations.recordMail(staff, d.getPublicId(), MailSender.BANK, LocalDate.now(), false, 1))
        .isInstanceOf(DomiciliationRefused.class);
  }

  @Test
  void mailArrivedIsToldBySmsInTheSameTransactionWithoutAnythingOfTheLetter() throws Exception {
    String phone = mobile();
    Account usager = usager(phone);
    Domiciliation d = granted(usager, phone);
    Actor staff = staff("domiciliation.demo");
    sql("UPDATE domiciliation SET last_contact_at = ?1 WHERE public_id = ?2",
        Timestamp.from(Instant.now().minus(100, ChronoUnit.DAYS)), d.getPublicId());

    var mail = domiciliations.recordMail(staff, d.getPublicId(), MailSender.TAX, LocalDate.now(DomiciliationRules.PARIS), true, 2);
    List<Object[]> rows = sms("domiciliation-mail:" + d.getPublicId());
    assertThat(rows).hasSize(1);
    Object[] row = rows.get(0);
    assertThat(row[0]).isEqualTo("MAIL_ARRIVED");
    assertThat(row[2]).isEqualTo(phone);
    String params = (String) row[3];
    assertThat(params).contains("\"count\"", "2", "Paris Adresse");
    assertThat(params.toLowerCase()).doesNotContain("tax").doesNotContain("impôt").doesNotContain("recommand").doesNotContain("registered");
    assertThat(row[5] == null ? "" : ((String) row[5]).toLowerCase()).doesNotContain("impôt");

    // Collecting it is a contact: the radiation clock starts again.
    domiciliations.mailCollected(staff, d.getPublicId(), mail.getPublicId());
    assertThat(domiciliations.mail(reload(d))).allSatisfy(m -> assertThat(m.isWaiting()).isFalse());
    assertThatThrownBy(() -> domiciliations.end(staff, d.getPublicId(), EndReason.NO_CONTACT, null)).isInstanceOf(DomiciliationRefused.class);
  }

  @Test
  void noSmsGoesToAPersonWhoDidNotAcceptThem() throws Exception {
    String phone = mobile();
    Account usager = usager(phone);
    Domiciliation d = request(usager, phone, false);
    Actor staff = staff("domiciliation.demo");
    assertThatThrownBy(() -> domiciliations.recordMail(staff, d.getPublicId(), MailSender.BANK, LocalDate.now(), false, 1))
        .as("not domiciled yet")
        .isInstanceOfSatisfying(DomiciliationRefused.class, e -> assertThat(e.why()).isEqualTo(DomiciliationRefused.Why.NOT_DOMICILED));
    domiciliations.proposeInterview(staff, d.getPublicId(), LocalDateTime.now().plusDays(1), "Accueil");
    domiciliations.grant(staff, d.getPublicId(), null);
    domiciliations.recordMail(staff, d.getPublicId(), MailSender.BANK, LocalDate.now(DomiciliationRules.PARIS), false, 1);
    assertThat(sms("domiciliation-mail:" + d.getPublicId())).isEmpty();
    assertThat(sms("domiciliation:" + d.getPublicId())).isEmpty();
  }

  @Test
  void aRefusalCarriesItsReasonAndEndsTheRequest() throws Exception {
    Account usager = usager(mobile());
    Domiciliation d = request(usager, null, false);
    domiciliations.reject(staff("domiciliation.demo"), d.getPublicId(), RefusalReason.NO_LINK_WITH_COMMUNE, "Aucun lien établi");
    Domiciliation refused = reload(d);
    assertThat(refused.getState()).isEqualTo(DomiciliationState.REJECTED);
    assertThat(refused.getRefusalReason()).isEqualTo(RefusalReason.NO_LINK_WITH_COMMUNE);
    assertThatThrownBy(() -> domiciliations.proposeInterview(staff("domiciliation.demo"), d.getPublicId(), LocalDateTime.now().plusDays(1), "x"))
        .isInstanceOf(IllegalDomiciliationMove.class);
    // Over: the person may file a new request.
    assertThat(request(usager, null, false).getState()).isEqualTo(DomiciliationState.REQUESTED);
  }
}
