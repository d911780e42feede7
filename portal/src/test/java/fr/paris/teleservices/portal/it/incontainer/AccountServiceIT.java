package fr.paris.teleservices.portal.it.incontainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.account.AccountService;
import fr.paris.teleservices.portal.account.Role;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Accounts, inside Payara Micro against the real MariaDB. */
@ExtendWith(ArquillianExtension.class)
class AccountServiceIT {

  @Inject AccountService accounts;

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  private AccountService.Signup signup(String email, String phone) {
    return new AccountService.Signup("Léa", email, phone, "une longue phrase secrète", "une longue phrase secrète", "ar");
  }

  @Test
  void aUsagerSignsUpWithAMobileNumberStoredInE164AndAnArgon2idHash() throws Exception {
    String mobile = "06 " + (10 + (int) (Math.random() * 89)) + " 34 56 " + (10 + (int) (Math.random() * 89));
    Account account = accounts.signUpUsager(signup(null, mobile));
    assertThat(account.getRole()).isEqualTo(Role.USAGER);
    assertThat(account.getPhone()).startsWith("+336").hasSize(12);
    assertThat(account.isPhoneVerified()).isFalse();
    assertThat(account.getLanguage()).isEqualTo("ar");
    Object hash =
        em.createNativeQuery("SELECT password_hash FROM account WHERE public_id = ?1")
            .setParameter(1, account.getPublicId())
            .getSingleResult();
    assertThat(hash.toString()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("secrète");
    assertThat(accounts.authenticate(mobile, "une longue phrase secrète")).isPresent();
    assertThat(accounts.authenticate(account.getPhone(), "une longue phrase secrète")).isPresent();
    assertThat(accounts.authenticate(mobile, "une autre phrase")).isEmpty();
  }

  @Test
  void signupRefusalsNameTheProblem() throws Exception {
    String email = "dup-" + UUID.randomUUID() + "@example.org";
    accounts.signUpUsager(signup(email, null));
    assertProblem(signup(email.toUpperCase(), null), AccountService.SignupProblem.EMAIL_TAKEN);
    assertProblem(signup(null, null), AccountService.SignupProblem.CONTACT_REQUIRED);
    assertProblem(signup(null, "01 44 55 66 77"), AccountService.SignupProblem.PHONE_NOT_MOBILE);
    assertProblem(signup(null, "06 12"), AccountService.SignupProblem.PHONE_INVALID);
    assertProblem(signup("pas-une-adresse", null), AccountService.SignupProblem.EMAIL_INVALID);
    assertProblem(
        new AccountService.Signup("Léa", "court-" + UUID.randomUUID() + "@example.org", null, "court", "court", "fr"),
        AccountService.SignupProblem.PASSWORD_TOO_SHORT);
    assertProblem(
        new AccountService.Signup("Léa", "diff-" + UUID.randomUUID() + "@example.org", null, "une longue phrase", "une autre phrase", "fr"),
        AccountService.SignupProblem.PASSWORDS_DIFFER);
  }

  private void assertProblem(AccountService.Signup request, AccountService.SignupProblem expected) {
    assertThatThrownBy(() -> accounts.signUpUsager(request))
        .isInstanceOfSatisfying(
            AccountService.SignupRefused.class, e -> assertThat(e.problem()).isEqualTo(expected));
  }
}
