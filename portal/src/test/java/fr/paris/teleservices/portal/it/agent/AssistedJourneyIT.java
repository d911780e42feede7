package fr.paris.teleservices.portal.it.agent;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paris.teleservices.portal.account.DemoAccounts;
import fr.paris.teleservices.portal.it.PortalTestEnvironment;
import fr.paris.teleservices.portal.it.browser.Browser;
import fr.paris.teleservices.portal.it.support.SampleFiles;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 5's assisted journeys in Chromium at phone width, every page checked by axe-core in French
 * and Arabic: an agent creates an account for a person without e-mail nor phone, files an aid
 * request with papers scanned on the spot, prints the recap sheet, ends the session, and the person
 * later reads what the agent did; an existing person consents by SMS code and on their phone, ends
 * a mandate, an expired mandate hides their data, and a recovery code issued at the desk lets them
 * choose a new password.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssistedJourneyIT {

  private static final String PASSWORD = "ma phrase à moi pour entrer";

  @ArquillianResource URL base;

  private static DemoAccounts.Demo agent() {
    return DemoAccounts.ALL.stream().filter(d -> d.login().equals("agent.demo")).findFirst().orElseThrow();
  }

  private static void accessibleInFrenchAndArabic(Browser browser) {
    browser.assertAccessible().assertNoHorizontalScroll();
    switchLanguage(browser, "ar");
    assertThat(browser.htmlAttribute("dir")).isEqualTo("rtl");
    browser.assertAccessible().assertNoHorizontalScroll();
    switchLanguage(browser, "fr");
  }

  /** The language switcher's own link: the same page, in another language. */
  private static void switchLanguage(Browser browser, String code) {
    String url = browser.driver().getCurrentUrl();
    String page = url.substring(url.indexOf('/', url.indexOf("//") + 2));
    browser.go(page + (page.contains("?") ? "&" : "?") + "lang=" + code);
  }

  private static String banner(Browser browser) {
    var banners = browser.driver().findElements(By.cssSelector("section.acting-banner"));
    return banners.isEmpty() ? "" : banners.get(0).getText();
  }

  @Test
  void anAgentCreatesAnAccountWithoutEmailFilesARequestWithScannedPapersAndThePersonReadsItLater() {
    String loginId;
    String number;
    try (Browser desk = Browser.open(base, Browser.PHONE)) {
      desk.login(agent().login(), agent().password());
      assertThat(desk.path()).isEqualTo("/agent/index.xhtml");
      accessibleInFrenchAndArabic(desk);
      desk.click("new-account");
      accessibleInFrenchAndArabic(desk);

      // Neither e-mail nor phone: the person chooses a password, typed by themselves.
      desk.type("account:name", "Moussa Traoré")
          .type("account:password", PASSWORD).type("account:confirmation", PASSWORD).click("account:create");
      assertThat(desk.path()).isEqualTo("/agent/recap.xhtml");
      assertThat(banner(desk)).contains("Vous agissez pour Moussa Traoré", "Ses démarches", "Fiche récapitulative");
      assertThat(desk.driver().findElement(By.id("acting:end")).getAttribute("value")).isEqualTo("Terminer la session");
      loginId = desk.driver().findElement(By.id("login-id")).getText();
      assertThat(loginId).matches("PA-[A-Z0-9]{4}-[A-Z0-9]{2}");
      assertThat(desk.driver().findElement(By.id("recovery-code")).getText()).matches("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}");
      accessibleInFrenchAndArabic(desk);
      assertThat(desk.statusOf("/agent/files/recap")).isEqualTo(200);

      // What stays the person's own, whatever the mandate.
      assertThat(desk.statusOf("/usager/settings.xhtml")).isEqualTo(403);
      assertThat(desk.statusOf("/usager/mandates.xhtml")).isEqualTo(403);

      // An aid request filed with them, a paper scanned on the spot through the request page.
      desk.go("/usager/start.xhtml?procedure=paris-solidarite");
      desk.assertAccessible();
      desk.click("start:go");
      assertThat(desk.path()).isEqualTo("/usager/demande.xhtml");
      desk.type("answers:fields:0:text", "13").select("answers:fields:1:choice", "SENIOR")
          .select("answers:fields:2:choice", "SINGLE").type("answers:fields:3:text", "900").click("answers:save");
      assertThat(desk.text()).contains("Votre demande est enregistrée.");
      desk.open("#pieces .requirement:nth-of-type(1) details.upload");
      desk.select("pieces:requirements:0:type", "IDENTITY")
          .attach("pieces:requirements:0:file", SampleFiles.photo("Carte d'identité")).click("pieces:requirements:0:upload");
      assertThat(desk.text()).contains("Le document est dans votre porte-documents et ajouté à votre demande.");
      desk.click("answers:submit");
      assertThat(desk.text()).contains("Incomplète");
      number = desk.driver().findElement(By.cssSelector(".status-box .ltr")).getText();
      accessibleInFrenchAndArabic(desk);
      assertThat(banner(desk)).contains("Moussa Traoré");

      desk.go("/agent/recap.xhtml");
      assertThat(desk.text()).contains(number, "Papiers encore à fournir");
      desk.click("acting:end");
      assertThat(desk.path()).isEqualTo("/agent/index.xhtml");
      assertThat(desk.text()).contains("La session est terminée.");
      assertThat(banner(desk)).isEmpty();
      assertThat(desk.statusOf("/usager/demarches.xhtml")).as("no mandate, no data").isEqualTo(404);
      assertThat(desk.statusOf("/agent/recap.xhtml")).isEqualTo(404);
    }

    try (Browser person = Browser.open(base, Browser.PHONE)) {
      person.login(loginId, PASSWORD);
      assertThat(person.path()).isEqualTo("/usager/demarches.xhtml");
      assertThat(person.text()).contains(number, "Incomplète");
      person.go("/usager/mandates.xhtml");
      assertThat(person.text())
          .contains("Karim Diallo", "a créé votre compte avec vous", "mandat accepté avec la création de votre compte avec vous",
              "a ajouté le document", "demande " + number, "a terminé la session", "a imprimé votre fiche récapitulative");
      accessibleInFrenchAndArabic(person);
    }
  }

  @Test
  void aPersonConsentsByCodeOrOnTheirPhoneEndsAMandateAndAnExpiredOneHidesTheirData() throws Exception {
    String phone = String.format("+3379%07d", (long) (Math.random() * 10_000_000));
    String newPassword = "une nouvelle phrase à retenir";
    try (Browser person = Browser.open(base, Browser.PHONE); Browser desk = Browser.open(base, Browser.PHONE)) {
      person.go("/signup.xhtml");
      person.type("signup:name", "Awa Koné").type("signup:phone", phone)
          .type("signup:password", PASSWORD).type("signup:confirmation", PASSWORD).click("signup:submit");

      // 1. A code by SMS, typed by the person on the agent's screen.
      desk.login(agent().login(), agent().password());
      desk.type("find:identifier", phone).click("find:ask");
      assertThat(desk.path()).isEqualTo("/agent/consent.xhtml");
      assertThat(desk.text()).contains("A. K.", phone.substring(phone.length() - 2)).doesNotContain(phone.substring(3));
      accessibleInFrenchAndArabic(desk);
      desk.click("send:go");
      assertThat(desk.text()).contains("Le code est envoyé.");
      String code = consentCode(phone);
      desk.type("consent:code", "000000".equals(code) ? "111111" : "000000").click("consent:confirm");
      assertThat(desk.text()).contains("Ce code n’est pas le bon.");
      desk.assertAccessible();
      desk.type("consent:code", code).click("consent:confirm");
      assertThat(desk.path()).isEqualTo("/usager/demarches.xhtml");
      assertThat(banner(desk)).contains("Awa Koné");
      assertThat(desk.statusOf("/usager/demarches.xhtml")).isEqualTo(200);

      // The person ends it from their own space: at once, nothing more for the agent.
      person.go("/usager/mandates.xhtml");
      assertThat(person.text()).contains("Mandats en cours", "Karim Diallo");
      accessibleInFrenchAndArabic(person);
      person.click("active:0:end:go");
      assertThat(person.text()).contains("Le mandat est arrêté.");
      assertThat(desk.statusOf("/usager/demarches.xhtml")).isEqualTo(404);

      // 2. The person approves on their phone.
      desk.go("/agent/index.xhtml");
      desk.type("find:identifier", phone).click("find:ask");
      person.go("/usager/mandates.xhtml");
      assertThat(person.text()).contains("Demandes à accepter");
      person.assertAccessible();
      person.click("pending:0:answer:approve");
      assertThat(person.text()).contains("Vous avez accepté.");
      desk.click("check:go");
      assertThat(desk.path()).isEqualTo("/usager/demarches.xhtml");
      assertThat(desk.statusOf("/usager/demarches.xhtml")).isEqualTo(200);

      // An expired mandate lets nothing through, even before the job records it.
      execute(
          "UPDATE mandate m JOIN account a ON a.id = m.usager_id SET m.expires_at = NOW(3) - INTERVAL 1 MINUTE"
              + " WHERE a.phone = ? AND m.state = 'ACTIVE'",
          phone);
      assertThat(desk.statusOf("/usager/demarches.xhtml")).isEqualTo(404);
      desk.go("/agent/index.xhtml");
      assertThat(banner(desk)).isEmpty();

      // 3. Lost password: the agent checks the identity document and issues a one-time code.
      desk.go("/agent/recovery.xhtml");
      accessibleInFrenchAndArabic(desk);
      desk.type("find:identifier", phone).click("find:go");
      desk.type("check:name", "Awa Kone Mariam").click("check:issue");
      assertThat(desk.text()).contains("Vérifiez la pièce d’identité");
      desk.driver().findElement(By.id("check:seen")).click();
      desk.type("check:name", "Fatou Koné").click("check:issue");
      assertThat(desk.text()).contains("Ce nom ne correspond pas au compte.");
      desk.type("check:name", "KONE Awa Mariam").click("check:issue");
      assertThat(desk.text()).contains("Le code est créé.");
      String recovery = desk.driver().findElement(By.id("issued-code")).getText();
      desk.assertAccessible();

      person.logout();
      person.go("/recover.xhtml");
      accessibleInFrenchAndArabic(person);
      person.type("recover:identifier", phone).type("recover:code", recovery)
          .type("recover:password", newPassword).type("recover:confirmation", newPassword).click("recover:submit");
      assertThat(person.path()).isEqualTo("/login.xhtml");
      assertThat(person.text()).contains("Votre mot de passe est changé.");

      // 4. The person logs in on the agent's screen with the new password: that is consent too.
      desk.go("/agent/index.xhtml");
      desk.type("person:login", phone).type("person:password", newPassword).click("person:open");
      assertThat(desk.path()).isEqualTo("/usager/demarches.xhtml");
      assertThat(banner(desk)).contains("Awa Koné");
      desk.click("acting:end");

      person.login(phone, newPassword);
      person.go("/usager/mandates.xhtml");
      assertThat(person.text())
          .contains("mandat accepté avec un code reçu par SMS", "vous avez arrêté le mandat", "mandat accepté avec votre téléphone",
              "terminé (durée écoulée)", "vous a donné un code de récupération",
              "a demandé un code de récupération, refusé", "vous avez choisi un nouveau mot de passe",
              "mandat accepté avec votre mot de passe");
    }
  }

  /** The consent code, as the embedded outbox holds it for the person's number. */
  private static String consentCode(String phone) throws Exception {
    try (Connection c = PortalTestEnvironment.database().connect();
        PreparedStatement st =
            c.prepareStatement(
                "SELECT params_json FROM sms_message WHERE recipient = ? AND kind = 'VERIFICATION_CODE'"
                    + " AND subject LIKE 'mandate:%' ORDER BY id DESC LIMIT 1")) {
      st.setString(1, phone);
      try (ResultSet rs = st.executeQuery()) {
        assertThat(rs.next()).as("a consent code in the outbox").isTrue();
        Matcher code = Pattern.compile("\"code\"\\s*:\\s*\"(\\d{6})\"").matcher(rs.getString(1));
        assertThat(code.find()).isTrue();
        return code.group(1);
      }
    }
  }

  private static void execute(String sql, Object... parameters) throws Exception {
    try (Connection c = PortalTestEnvironment.database().connect(); PreparedStatement st = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        st.setObject(i + 1, parameters[i]);
      }
      assertThat(st.executeUpdate()).isEqualTo(1);
    }
  }
}
