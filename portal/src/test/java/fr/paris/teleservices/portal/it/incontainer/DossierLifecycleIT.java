package fr.paris.teleservices.portal.it.incontainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.account.AccountService;
import fr.paris.teleservices.portal.account.DemoAccounts;
import fr.paris.teleservices.portal.account.LoginIdentifier;
import fr.paris.teleservices.portal.account.AccountRepository;
import fr.paris.teleservices.portal.dossier.Actor;
import fr.paris.teleservices.portal.dossier.Dossier;
import fr.paris.teleservices.portal.dossier.DossierNotFound;
import fr.paris.teleservices.portal.dossier.DossierService;
import fr.paris.teleservices.portal.dossier.DossierState;
import fr.paris.teleservices.portal.dossier.IllegalTransition;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The request lifecycle inside Payara against the real MariaDB: transitions checked, reminders
 * planned in the same transaction as INCOMPLETE and cancelled when it ends, lapse after the
 * deadline, and nobody else's request visible.
 */
@ExtendWith(ArquillianExtension.class)
class DossierLifecycleIT {

  @Inject DossierService dossiers;
  @Inject AccountService accounts;
  @Inject AccountRepository repository;
  @Inject UserTransaction tx;
  @Inject fr.paris.teleservices.portal.dossier.DossierLetters letters;

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  private Account usager(boolean verifiedPhone) throws Exception {
    String mobile = String.format("+3376%07d", (long) (Math.random() * 10_000_000));
    Account account =
        accounts.signUpUsager(
            new AccountService.Signup("Awa", null, mobile, "une longue phrase secrète", "une longue phrase secrète", "fr"));
    if (verifiedPhone) {
      tx.begin();
      em.find(Account.class, account.getId()).markPhoneVerified();
      tx.commit();
    }
    return repository.findByPublicId(account.getPublicId()).orElseThrow();
  }

  private Dossier incompleteRequest(Account usager) {
    Actor actor = Actor.of(usager);
    Dossier draft =
        dossiers.startDraft(actor, usager, "paris-solidarite", Map.of("arrondissement", "13", "household", "SINGLE"));
    Dossier filed = dossiers.submit(actor, draft.getPublicId());
    assertThat(filed.getState()).isEqualTo(DossierState.INCOMPLETE);
    return filed;
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> reminders(Dossier dossier) {
    return em.createNativeQuery(
            "SELECT state, kind, recipient FROM sms_message WHERE subject = ?1 ORDER BY due_at")
        .setParameter(1, "dossier:" + dossier.getId())
        .getResultList();
  }

  @Test
  void anIncompleteRequestPlansRemindersToAConfirmedMobileAndWithdrawingCancelsThem() throws Exception {
    Account usager = usager(true);
    Dossier dossier = incompleteRequest(usager);
    assertThat(dossier.getNumber()).matches("\\d{4}-\\d{6}");
    assertThat(dossier.getCompleteBy()).isEqualTo(dossier.getReceivedOn().plusMonths(2));
    assertThat(dossier.getStructure().getCode()).isEqualTo("EPS-13");

    List<Object[]> planned = reminders(dossier);
    assertThat(planned).hasSizeBetween(1, 4);
    assertThat(planned).allSatisfy(r -> {
      assertThat(r[0]).isEqualTo("PENDING");
      assertThat(r[1]).isEqualTo("INCOMPLETE_REMINDER");
      assertThat(r[2]).isEqualTo(usager.getPhone());
    });

    dossiers.withdraw(Actor.of(usager), dossier.getPublicId());
    assertThat(reminders(dossier)).allSatisfy(r -> assertThat(r[0]).isEqualTo("CANCELLED"));
  }

  @Test
  void theReceiptListsWhatWasReceivedAndMissingInThePersonsLanguageWithTheLegalFrench() throws Exception {
    Account usager = usager(false);
    Dossier dossier = incompleteRequest(usager);
    String french = text(letters.receipt(dossier));
    assertThat(french)
        .contains("Accusé de réception de votre demande", dossier.getNumber(), "Papiers manquants", "Paris Solidarité")
        .contains("Vous avez jusqu’au");

    tx.begin();
    em.find(Account.class, usager.getId()).setLanguage("ar");
    tx.commit();
    Dossier reloaded = dossiers.find(Actor.of(usager), dossier.getPublicId()).orElseThrow();
    String arabic = text(letters.receipt(reloaded));
    // PDFBox's extractor orders mixed Arabic/Latin lines its own way; the pdf package's golden
    // images check the visual order. Here: the Arabic text, both parts of the number, the French.
    String[] number = reloaded.getNumber().split("-");
    assertThat(arabic)
        .contains("إشعار باستلام طلبك", "الوثائق الناقصة", number[0], number[1])
        .contains("seul le texte français fait foi", "Vous avez jusqu’au");
  }

  private static String text(byte[] pdf) throws Exception {
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
    }
  }

  @Test
  void noReminderGoesToANumberThePersonHasNotConfirmed() throws Exception {
    Dossier dossier = incompleteRequest(usager(false));
    assertThat(reminders(dossier)).allSatisfy(r -> assertThat(r[0]).isNotEqualTo("PENDING"));
  }

  @Test
  void aRequestWaitingForPiecesCannotBeReviewedAndLapsesAfterItsDeadline() throws Exception {
    Account usager = usager(true);
    Dossier dossier = incompleteRequest(usager);
    Account worker = repository.findByLogin(LoginIdentifier.parse(DemoAccounts.ALL.get(1).login())).orElseThrow();
    assertThatThrownBy(() -> dossiers.startReview(Actor.of(worker), dossier.getPublicId()))
        .isInstanceOf(IllegalTransition.class);

    tx.begin();
    em.createNativeQuery("UPDATE dossier SET complete_by = ?1 WHERE id = ?2")
        .setParameter(1, LocalDate.now().minusDays(1))
        .setParameter(2, dossier.getId())
        .executeUpdate();
    tx.commit();
    int lapsed = 0;
    for (int i = 0; i < 100 && dossiers.find(Actor.of(usager), dossier.getPublicId()).orElseThrow().getState() != DossierState.LAPSED; i++) {
      lapsed += dossiers.lapseOverdue(LocalDate.now(), 200);
    }
    assertThat(lapsed).isPositive();
    assertThat(dossiers.find(Actor.of(usager), dossier.getPublicId()).orElseThrow().getState()).isEqualTo(DossierState.LAPSED);
    assertThat(reminders(dossier)).allSatisfy(r -> assertThat(r[0]).isEqualTo("CANCELLED"));
    assertThat(dossiers.history(dossiers.find(Actor.of(usager), dossier.getPublicId()).orElseThrow()))
        .extracting(h -> h.getToState())
        .containsExactly(DossierState.DRAFT, DossierState.INCOMPLETE, DossierState.LAPSED);
  }

  @Test
  void nobodyElseSeesOrChangesARequest() throws Exception {
    Dossier dossier = incompleteRequest(usager(false));
    Account stranger = usager(false);
    assertThat(dossiers.find(Actor.of(stranger), dossier.getPublicId())).isEmpty();
    assertThatThrownBy(() -> dossiers.withdraw(Actor.of(stranger), dossier.getPublicId()))
        .isInstanceOf(DossierNotFound.class);
    Account otherEpsWorker = repository.findByLogin(LoginIdentifier.parse(DemoAccounts.ALL.get(1).login())).orElseThrow();
    assertThat(dossiers.find(Actor.of(otherEpsWorker), dossier.getPublicId())).isPresent();
    assertThat(dossiers.find(Actor.of(otherEpsWorker), UUID.randomUUID().toString())).isEmpty();
  }
}
