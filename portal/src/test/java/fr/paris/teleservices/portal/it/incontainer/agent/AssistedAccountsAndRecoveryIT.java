package fr.paris.teleservices.portal.it.incontainer.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.account.AccountRepository;
import fr.paris.teleservices.portal.account.AccountService;
import fr.paris.teleservices.portal.account.LoginIdentifier;
import fr.paris.teleservices.portal.agent.AssistedAccounts;
import fr.paris.teleservices.portal.agent.RecoveryCodes;
import fr.paris.teleservices.portal.mandate.ConsentMethod;
import fr.paris.teleservices.portal.mandate.JournalAction;
import fr.paris.teleservices.portal.mandate.MandateJournalEntry;
import fr.paris.teleservices.portal.mandate.MandatePolicy;
import fr.paris.teleservices.portal.mandate.MandateService;
import fr.paris.teleservices.portal.mandate.MandateState;
import fr.paris.teleservices.portal.mandate.Scope;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accounts created by an agent for people without e-mail, and recovery codes: single use, expiring,
 * tries limited, only hashes stored, everything journaled for the usager.
 */
@ExtendWith(ArquillianExtension.class)
class AssistedAccountsAndRecoveryIT {

  private static final String PASSWORD = "ma phrase à moi pour entrer";
  private static final String NEW_PASSWORD = "une toute nouvelle phrase";

  @Inject AssistedAccounts assisted;
  @Inject RecoveryCodes codes;
  @Inject MandateService mandates;
  @Inject AccountService accounts;
  @Inject AccountRepository repository;
  @Inject UserTransaction tx;

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  private Account agent() {
    return repository.findByLogin(LoginIdentifier.parse("agent.demo")).orElseThrow();
  }

  private AssistedAccounts.Created withoutEmailNorPhone() throws Exception {
    return assisted.create(
        agent(),
        new AccountService.Signup("Moussa Traoré", null, null, PASSWORD, PASSWORD, "ar"),
        Set.of(Scope.FILE_REQUESTS, Scope.ADD_DOCUMENTS),
        MandatePolicy.DEFAULT);
  }

  @Test
  void anAgentCreatesAnAccountWithoutEmailOrPhoneReachableWithItsIdentifier() throws Exception {
    AssistedAccounts.Created created = withoutEmailNorPhone();
    assertThat(created.loginId()).matches("PA-[A-Z0-9]{4}-[A-Z0-9]{2}");
    assertThat(created.recoveryCode()).matches("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}");
    assertThat(accounts.authenticate(created.loginId(), PASSWORD)).as("logs in with the identifier").isPresent();
    assertThat(accounts.authenticate(created.loginId().toLowerCase(), PASSWORD)).isPresent();
    assertThat(created.account().getLanguage()).isEqualTo("ar");
    assertThat(created.mandate().getState()).isEqualTo(MandateState.ACTIVE);
    assertThat(created.mandate().getConsentMethod()).isEqualTo(ConsentMethod.NEW_ACCOUNT);
    List<JournalAction> journal =
        mandates.journal(created.account().getPublicId(), 10).stream().map(MandateJournalEntry::getAction).toList();
    assertThat(journal)
        .contains(JournalAction.ACCOUNT_CREATED, JournalAction.RECOVERY_CODE_ISSUED, JournalAction.ASKED, JournalAction.CONFIRMED);
  }

  @Test
  void anAccountCreatedByAnAgentFollowsTheSignUpRules() throws Exception {
    String taken = String.format("+3374%07d", (long) (Math.random() * 10_000_000));
    accounts.signUpUsager(new AccountService.Signup("Awa", null, taken, PASSWORD, PASSWORD, "fr"));
    assertProblem(new AccountService.Signup("Léa", null, taken, PASSWORD, PASSWORD, "fr"), AccountService.SignupProblem.PHONE_TAKEN);
    assertProblem(new AccountService.Signup(" ", null, null, PASSWORD, PASSWORD, "fr"), AccountService.SignupProblem.NAME_REQUIRED);
    assertProblem(new AccountService.Signup("Léa", null, "01 44 55 66 77", PASSWORD, PASSWORD, "fr"), AccountService.SignupProblem.PHONE_NOT_MOBILE);
    assertProblem(new AccountService.Signup("Léa", null, null, "court", "court", "fr"), AccountService.SignupProblem.PASSWORD_TOO_SHORT);
    // A person with an e-mail gets no generated identifier and no printed code.
    AssistedAccounts.Created withEmail =
        assisted.create(agent(), new AccountService.Signup("Léa", "lea-" + System.nanoTime() + "@example.org", null, PASSWORD, PASSWORD, "fr"),
            Set.of(), MandatePolicy.DEFAULT);
    assertThat(withEmail.loginId()).isNull();
    assertThat(withEmail.recoveryCode()).isNull();
  }

  private void assertProblem(AccountService.Signup request, AccountService.SignupProblem expected) {
    assertThatThrownBy(() -> assisted.create(agent(), request, Set.of(), MandatePolicy.DEFAULT))
        .isInstanceOfSatisfying(AccountService.SignupRefused.class, e -> assertThat(e.problem()).isEqualTo(expected));
  }

  @Test
  void aRecoveryCodeWorksOnceAndIsStoredOnlyAsAHash() throws Exception {
    AssistedAccounts.Created created = withoutEmailNorPhone();
    String code = created.recoveryCode();
    @SuppressWarnings("unchecked")
    List<String> hashes =
        em.createNativeQuery("SELECT r.code_hash FROM account_recovery_code r JOIN account a ON a.id = r.account_id WHERE a.public_id = ?1")
            .setParameter(1, created.account().getPublicId())
            .getResultList();
    assertThat(hashes).hasSize(1).allSatisfy(h -> assertThat(h).startsWith("$argon2id$").doesNotContain(code.replace("-", "")));

    assertThat(codes.redeem(created.loginId(), code, NEW_PASSWORD, "autre chose")).isEqualTo(RecoveryCodes.Outcome.PASSWORDS_DIFFER);
    assertThat(codes.redeem(created.loginId(), code.toLowerCase().replace("-", " "), NEW_PASSWORD, NEW_PASSWORD))
        .isEqualTo(RecoveryCodes.Outcome.RESET);
    assertThat(accounts.authenticate(created.loginId(), NEW_PASSWORD)).isPresent();
    assertThat(accounts.authenticate(created.loginId(), PASSWORD)).isEmpty();
    assertThat(codes.redeem(created.loginId(), code, "encore une autre phrase", "encore une autre phrase"))
        .as("single use").isEqualTo(RecoveryCodes.Outcome.USED);
    assertThat(mandates.journal(created.account().getPublicId(), 20)).extracting(MandateJournalEntry::getAction)
        .contains(JournalAction.PASSWORD_RESET);
  }

  @Test
  void aResetCodeExpiresAfterADayAndReplacesThePreviousOne() throws Exception {
    AssistedAccounts.Created created = withoutEmailNorPhone();
    String first = codes.issue(created.account(), RecoveryCodes.Purpose.RESET, agent());
    String second = codes.issue(created.account(), RecoveryCodes.Purpose.RESET, agent());
    assertThat(codes.redeem(created.loginId(), first, NEW_PASSWORD, NEW_PASSWORD)).as("replaced").isEqualTo(RecoveryCodes.Outcome.INVALID);

    tx.begin();
    em.createNativeQuery(
            "UPDATE account_recovery_code r JOIN account a ON a.id = r.account_id SET r.expires_at = ?1"
                + " WHERE a.public_id = ?2 AND r.purpose = 'RESET'")
        .setParameter(1, Timestamp.from(Instant.now().minusSeconds(1)))
        .setParameter(2, created.account().getPublicId())
        .executeUpdate();
    tx.commit();
    assertThat(codes.redeem(created.loginId(), second, NEW_PASSWORD, NEW_PASSWORD)).isEqualTo(RecoveryCodes.Outcome.EXPIRED);
    assertThat(accounts.authenticate(created.loginId(), PASSWORD)).as("unchanged").isPresent();
  }

  @Test
  void wrongCodesUseUpTheTriesOfTheAccountsCodes() throws Exception {
    AssistedAccounts.Created created = withoutEmailNorPhone();
    for (int i = 0; i < RecoveryCodes.MAX_ATTEMPTS; i++) {
      assertThat(codes.redeem(created.loginId(), "AAAA-AAAA-AAAA", NEW_PASSWORD, NEW_PASSWORD)).isEqualTo(RecoveryCodes.Outcome.INVALID);
    }
    assertThat(codes.redeem(created.loginId(), created.recoveryCode(), NEW_PASSWORD, NEW_PASSWORD))
        .isEqualTo(RecoveryCodes.Outcome.TOO_MANY_ATTEMPTS);
    assertThat(accounts.authenticate(created.loginId(), PASSWORD)).isPresent();
  }
}
