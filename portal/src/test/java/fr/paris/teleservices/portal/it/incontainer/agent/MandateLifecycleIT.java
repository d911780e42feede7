package fr.paris.teleservices.portal.it.incontainer.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.account.AccountRepository;
import fr.paris.teleservices.portal.account.AccountService;
import fr.paris.teleservices.portal.account.LoginIdentifier;
import fr.paris.teleservices.portal.mandate.ConsentMethod;
import fr.paris.teleservices.portal.mandate.JournalAction;
import fr.paris.teleservices.portal.mandate.Mandate;
import fr.paris.teleservices.portal.mandate.MandateJournalEntry;
import fr.paris.teleservices.portal.mandate.MandateNotFound;
import fr.paris.teleservices.portal.mandate.MandatePolicy;
import fr.paris.teleservices.portal.mandate.MandateService;
import fr.paris.teleservices.portal.mandate.MandateState;
import fr.paris.teleservices.portal.mandate.Scope;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mandates inside Payara against the real MariaDB: consent by a code sent through the SMS outbox,
 * wrong codes counted, a mandate that lets nothing through once it has expired or been ended, only
 * agents of an espace numérique, and every step in the journal the usager reads.
 */
@ExtendWith(ArquillianExtension.class)
class MandateLifecycleIT {

  @Inject MandateService mandates;
  @Inject AccountService accounts;
  @Inject AccountRepository repository;
  @Inject UserTransaction tx;

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  private Account agent() {
    return repository.findByLogin(LoginIdentifier.parse("agent.demo")).orElseThrow();
  }

  private Account usager(String phone) throws Exception {
    Account account =
        accounts.signUpUsager(
            new AccountService.Signup("Awa Koné", null, phone, "une longue phrase secrète", "une longue phrase secrète", "fr"));
    return repository.findByPublicId(account.getPublicId()).orElseThrow();
  }

  private static String mobile() {
    return String.format("+3375%07d", (long) (Math.random() * 10_000_000));
  }

  /** The code the outbox holds for the mandate (the embedded gateway keeps it until it is sent). */
  private String codeSentFor(Mandate mandate) {
    String params =
        (String)
            em.createNativeQuery(
                    "SELECT params_json FROM sms_message WHERE subject = ?1 AND kind = 'VERIFICATION_CODE' ORDER BY id DESC LIMIT 1")
                .setParameter(1, "mandate:" + mandate.getPublicId())
                .getSingleResult();
    Matcher code = Pattern.compile("\"code\"\\s*:\\s*\"(\\d{6})\"").matcher(params);
    assertThat(code.find()).as(params).isTrue();
    return code.group(1);
  }

  private List<JournalAction> journal(Account usager) {
    List<JournalAction> newestFirst =
        new java.util.ArrayList<>(mandates.journal(usager.getPublicId(), 50).stream().map(MandateJournalEntry::getAction).toList());
    java.util.Collections.reverse(newestFirst);
    return newestFirst;
  }

  @Test
  void aCodeReceivedBySmsOpensTheMandateAndAWrongOneDoesNot() throws Exception {
    String phone = mobile();
    Account usager = usager(phone);
    Account agent = agent();
    Mandate asked = mandates.ask(agent, usager.getPublicId(), Set.of(Scope.FILE_REQUESTS), Duration.ofHours(2));
    assertThat(asked.getState()).isEqualTo(MandateState.PENDING);
    assertThat(mandates.active(agent.getPublicId(), asked.getPublicId(), Instant.now())).as("no consent yet").isEmpty();

    assertThat(mandates.sendCode(agent, asked.getPublicId())).isEqualTo(MandateService.SendOutcome.SENT);
    String code = codeSentFor(asked);
    String wrong = code.equals("000000") ? "111111" : "000000";
    assertThat(mandates.confirmCode(agent, asked.getPublicId(), wrong)).isEqualTo(MandateService.CodeOutcome.WRONG_CODE);
    assertThat(mandates.active(agent.getPublicId(), asked.getPublicId(), Instant.now())).isEmpty();
    assertThat(mandates.confirmCode(agent, asked.getPublicId(), code)).isEqualTo(MandateService.CodeOutcome.CONFIRMED);

    Mandate active = mandates.active(agent.getPublicId(), asked.getPublicId(), Instant.now()).orElseThrow();
    assertThat(active.getConsentMethod()).isEqualTo(ConsentMethod.SMS_CODE);
    assertThat(active.getScopes()).containsExactlyInAnyOrder(Scope.VIEW_REQUESTS, Scope.FILE_REQUESTS);
    assertThat(active.getUsager().isPhoneVerified()).as("the person read the code on that number").isTrue();
    assertThat(Duration.between(active.getConfirmedAt(), active.getExpiresAt())).isEqualTo(Duration.ofHours(2));
    assertThat(journal(usager))
        .containsExactly(JournalAction.ASKED, JournalAction.CODE_SENT, JournalAction.CODE_WRONG, JournalAction.CONFIRMED);
    assertThat(mandates.journal(usager.getPublicId(), 10)).allSatisfy(e -> assertThat(e.getAgentName()).isEqualTo("Karim Diallo"));
    // The code is not kept in the mandate row.
    Object stored =
        em.createNativeQuery("SELECT code_hash FROM mandate WHERE public_id = ?1").setParameter(1, asked.getPublicId()).getSingleResult();
    assertThat(stored).isNull();
  }

  @Test
  void tooManyWrongCodesRefuseTheRequest() throws Exception {
    Account usager = usager(mobile());
    Account agent = agent();
    Mandate asked = mandates.ask(agent, usager.getPublicId(), Set.of(), MandatePolicy.DEFAULT);
    mandates.sendCode(agent, asked.getPublicId());
    String code = codeSentFor(asked);
    String wrong = code.equals("000000") ? "111111" : "000000";
    for (int i = 1; i < MandatePolicy.MAX_CODE_ATTEMPTS; i++) {
      assertThat(mandates.confirmCode(agent, asked.getPublicId(), wrong)).isEqualTo(MandateService.CodeOutcome.WRONG_CODE);
    }
    assertThat(mandates.confirmCode(agent, asked.getPublicId(), wrong)).isEqualTo(MandateService.CodeOutcome.REFUSED);
    assertThat(mandates.confirmCode(agent, asked.getPublicId(), code)).as("too late, even right").isEqualTo(MandateService.CodeOutcome.NOT_PENDING);
    assertThat(mandates.active(agent.getPublicId(), asked.getPublicId(), Instant.now())).isEmpty();
  }

  @Test
  void anExpiredMandateLetsNothingThroughAndTheJournalSaysItExpired() throws Exception {
    Account usager = usager(mobile());
    Account agent = agent();
    Mandate mandate = mandates.openConsented(agent, usager.getPublicId(), Set.of(Scope.ADD_DOCUMENTS), Duration.ofHours(1), ConsentMethod.PASSWORD);
    assertThat(mandates.active(agent.getPublicId(), mandate.getPublicId(), Instant.now())).isPresent();
    assertThat(mandates.active(agent.getPublicId(), mandate.getPublicId(), Instant.now().plus(Duration.ofMinutes(61))))
        .as("past its hour").isEmpty();

    tx.begin();
    em.createNativeQuery("UPDATE mandate SET expires_at = ?1 WHERE public_id = ?2")
        .setParameter(1, Timestamp.from(Instant.now().minusSeconds(60)))
        .setParameter(2, mandate.getPublicId())
        .executeUpdate();
    tx.commit();
    assertThat(mandates.active(agent.getPublicId(), mandate.getPublicId(), Instant.now())).isEmpty();

    while (mandates.expireOverdue(Instant.now(), 500) == 500) {
      // Other tests' mandates may be claimed too.
    }
    assertThat(mandates.ofAgent(agent, mandate.getPublicId()).orElseThrow().getState()).isEqualTo(MandateState.EXPIRED);
    assertThat(journal(usager)).endsWith(JournalAction.EXPIRED);
  }

  @Test
  void aMandateEndedByThePersonOrTheAgentLetsNothingThrough() throws Exception {
    Account usager = usager(mobile());
    Account agent = agent();
    Mandate first = mandates.openConsented(agent, usager.getPublicId(), Set.of(), Duration.ofHours(2), ConsentMethod.PASSWORD);
    mandates.endByUsager(usager, first.getPublicId());
    assertThat(mandates.active(agent.getPublicId(), first.getPublicId(), Instant.now())).isEmpty();

    Mandate second = mandates.openConsented(agent, usager.getPublicId(), Set.of(), Duration.ofHours(2), ConsentMethod.PASSWORD);
    mandates.endByAgent(agent, second.getPublicId());
    assertThat(mandates.active(agent.getPublicId(), second.getPublicId(), Instant.now())).isEmpty();
    assertThat(journal(usager)).contains(JournalAction.ENDED_BY_USAGER, JournalAction.ENDED_BY_AGENT);

    Account other = usager(mobile());
    assertThatThrownBy(() -> mandates.endByUsager(other, second.getPublicId())).isInstanceOf(MandateNotFound.class);
  }

  @Test
  void aMandateIsTheAgentsOwnAndOnlyAgentsOfAnEspaceNumeriqueHoldOne() throws Exception {
    Account usager = usager(mobile());
    Account agent = agent();
    Mandate mandate = mandates.openConsented(agent, usager.getPublicId(), Set.of(), Duration.ofHours(2), ConsentMethod.PASSWORD);
    Account worker = repository.findByLogin(LoginIdentifier.parse("ts.demo")).orElseThrow();
    assertThat(mandates.active(worker.getPublicId(), mandate.getPublicId(), Instant.now())).as("someone else's").isEmpty();
    assertThatThrownBy(() -> mandates.ask(worker, usager.getPublicId(), Set.of(), MandatePolicy.DEFAULT))
        .isInstanceOf(MandateNotFound.class);
    assertThatThrownBy(() -> mandates.ask(agent, worker.getPublicId(), Set.of(), MandatePolicy.DEFAULT))
        .as("only a usager's account")
        .isInstanceOf(MandateNotFound.class);
  }

  @Test
  void thePersonApprovesOnTheirPhone() throws Exception {
    Account usager = usager(mobile());
    Account agent = agent();
    Mandate asked = mandates.ask(agent, usager.getPublicId(), Set.of(Scope.FILE_REQUESTS, Scope.ADD_DOCUMENTS), MandatePolicy.DEFAULT);
    mandates.approve(usager, asked.getPublicId());
    Mandate active = mandates.active(agent.getPublicId(), asked.getPublicId(), Instant.now()).orElseThrow();
    assertThat(active.getConsentMethod()).isEqualTo(ConsentMethod.ON_PHONE);
    assertThatThrownBy(() -> mandates.approve(usager, asked.getPublicId())).as("only once").isInstanceOf(MandateNotFound.class);
  }
}
