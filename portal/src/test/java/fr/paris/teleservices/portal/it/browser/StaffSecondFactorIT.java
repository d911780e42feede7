package fr.paris.teleservices.portal.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paris.teleservices.portal.account.DemoAccounts;
import fr.paris.teleservices.portal.account.PasswordHasher;
import fr.paris.teleservices.portal.account.Role;
import fr.paris.teleservices.portal.it.PortalTestEnvironment;
import fr.paris.teleservices.portal.it.support.StaffCodes;
import fr.paris.teleservices.portal.security.secondfactor.Base32;
import java.net.URL;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Staff accounts have a second factor (SECURITY.md, point 12): after the password, a code from an
 * authenticator app; nothing of the staff area opens before it; a code is accepted once; the first
 * login enrols the app; an administrator resets it for a lost phone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffSecondFactorIT {

  private static final DemoAccounts.Demo ADMIN = DemoAccounts.ALL.get(3);

  @ArquillianResource URL base;

  @Test
  void afterThePasswordNothingOpensUntilTheCodeIsTypedAndACodeServesOnce() {
    String used;
    try (Browser browser = Browser.open(base, Browser.PHONE)) {
      browser.enterPassword(ADMIN.login(), ADMIN.password());
      assertThat(browser.path()).isEqualTo("/second-factor.xhtml");
      assertThat(browser.heading()).isEqualTo("Code de sécurité");
      assertThat(browser.text()).as("no link into the still-closed staff area").doesNotContain("Administration");
      browser.assertAccessible().assertNoHorizontalScroll();

      browser.go("/admin/sms.xhtml");
      assertThat(browser.path()).as("the staff area waits for the code").isEqualTo("/second-factor.xhtml");
      assertThat(browser.statusOf("/admin/vault.xhtml")).isEqualTo(302);
      assertThat(browser.text()).doesNotContain("Journal des SMS");

      browser.go("/second-factor.xhtml?lang=ar");
      assertThat(browser.htmlAttribute("dir")).isEqualTo("rtl");
      browser.assertAccessible().assertNoHorizontalScroll();
      browser.go("/second-factor.xhtml?lang=fr");

      used = StaffCodes.forDemo(ADMIN.login());
      String wrong = used.equals("000000") ? "111111" : "000000";
      browser.secondFactor(wrong);
      assertThat(browser.path()).isEqualTo("/second-factor.xhtml");
      assertThat(browser.text()).contains("Ce code n’est pas le bon");
      browser.assertAccessible();
      browser.secondFactor("12 34");
      assertThat(browser.text()).contains("Tapez les 6 chiffres du code.");

      browser.secondFactor(used);
      assertThat(browser.path()).isEqualTo(Role.ADMIN.home());
      browser.go("/admin/sms.xhtml");
      assertThat(browser.path()).isEqualTo("/admin/sms.xhtml");
    }
    try (Browser browser = Browser.open(base, Browser.PHONE)) {
      browser.enterPassword(ADMIN.login(), ADMIN.password());
      browser.secondFactor(used);
      assertThat(browser.path()).as("a code already used is refused").isEqualTo("/second-factor.xhtml");
      assertThat(browser.text()).contains("Ce code n’est pas le bon");
      browser.secondFactor(StaffCodes.forDemo(ADMIN.login()));
      assertThat(browser.path()).isEqualTo(Role.ADMIN.home());
    }
  }

  @Test
  void theFirstLoginEnrolsAnAppAndAnAdministratorResetsItForALostPhone() throws Exception {
    String login = "agent.2fa." + UUID.randomUUID().toString().substring(0, 8);
    String password = "un mot de passe d’agent";
    String publicId = createAgent(login, password);

    String firstKey;
    try (Browser browser = Browser.open(base, Browser.PHONE)) {
      browser.enterPassword(login, password);
      assertThat(browser.path()).isEqualTo("/second-factor.xhtml");
      assertThat(browser.heading()).isEqualTo("Activer votre code de sécurité");
      firstKey = browser.driver().findElement(By.id("enrolment-key")).getText().replace(" ", "");
      assertThat(Base32.decode(firstKey)).hasSize(20);
      String link = browser.driver().findElement(By.cssSelector("a[href^='otpauth://totp/']")).getAttribute("href");
      assertThat(link).contains("secret=" + firstKey).contains("issuer=");
      browser.assertAccessible().assertNoHorizontalScroll();

      browser.secondFactor(StaffCodes.next(login, Base32.decode(firstKey)));
      assertThat(browser.path()).isEqualTo(Role.AGENT.home());
    }
    String stored = storedKey(publicId);
    assertThat(stored).as("the key is kept encrypted").startsWith("v").doesNotContain(firstKey);

    try (Browser admin = Browser.open(base, Browser.PHONE)) {
      admin.login(ADMIN.login(), ADMIN.password());
      admin.go("/admin/second-factor.xhtml");
      admin.assertAccessible();
      admin.type("reset:login", "usager.demo@example.org").click("reset:submit");
      assertThat(admin.text()).contains("Aucun compte du personnel n’a cet identifiant.");
      admin.type("reset:login", login).click("reset:submit");
      assertThat(admin.text()).contains("Le code de sécurité de Agent Double-Facteur est réinitialisé.");
      admin.assertAccessible();
      admin.go("/admin/second-factor.xhtml?lang=ar");
      admin.assertAccessible().assertNoHorizontalScroll();
    }
    assertThat(storedKey(publicId)).isNull();

    try (Browser browser = Browser.open(base, Browser.PHONE)) {
      browser.enterPassword(login, password);
      String secondKey = browser.driver().findElement(By.id("enrolment-key")).getText().replace(" ", "");
      assertThat(secondKey).isNotEqualTo(firstKey);
      browser.secondFactor(StaffCodes.next(login, Base32.decode(secondKey)));
      assertThat(browser.path()).isEqualTo(Role.AGENT.home());
    }

    try (Browser browser = Browser.open(base, Browser.PHONE)) {
      browser.enterPassword(login, password);
      assertThat(browser.driver().findElements(By.id("enrolment-key"))).as("enrolled once").isEmpty();
      for (int i = 0; i < 5; i++) {
        browser.secondFactor(i % 2 == 0 ? "000000" : "999999");
      }
      assertThat(browser.path()).as("five wrong codes end the session").isEqualTo("/login.xhtml");
      assertThat(browser.text()).contains("Trop de codes erronés. Reconnectez-vous avec votre mot de passe.");
      browser.assertAccessible();
      assertThat(browser.statusOf(Role.AGENT.home())).isNotEqualTo(200);

      browser.enterPassword(login, password);
      assertThat(browser.path())
          .as("wrong codes count like wrong passwords: the account's login is locked for a while")
          .isEqualTo("/login.xhtml");
      assertThat(browser.text()).contains("Trop d’essais.");
    }
  }

  private static String createAgent(String login, String password) throws Exception {
    String publicId = UUID.randomUUID().toString();
    try (var c = PortalTestEnvironment.database().connect();
        var st =
            c.prepareStatement(
                "INSERT INTO account (public_id, role, display_name, login_id, password_hash, language, structure_id, created_at)"
                    + " VALUES (?, 'AGENT', 'Agent Double-Facteur', ?, ?, 'fr',"
                    + " (SELECT id FROM structure WHERE code = 'ENAD-13'), ?)")) {
      st.setString(1, publicId);
      st.setString(2, login);
      st.setString(3, new PasswordHasher().hash(password));
      st.setTimestamp(4, Timestamp.from(Instant.now()));
      st.executeUpdate();
    }
    return publicId;
  }

  private static String storedKey(String publicId) throws Exception {
    try (var c = PortalTestEnvironment.database().connect();
        var st = c.prepareStatement("SELECT second_factor_key FROM account WHERE public_id = ?")) {
      st.setString(1, publicId);
      try (var rs = st.executeQuery()) {
        assertThat(rs.next()).isTrue();
        return rs.getString(1);
      }
    }
  }
}
