package fr.paris.teleservices.portal.it.domiciliation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paris.teleservices.portal.account.DemoAccounts;
import fr.paris.teleservices.portal.it.PortalTestEnvironment;
import fr.paris.teleservices.portal.it.browser.Browser;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 5's domiciliation journey in Chromium at phone width: the person asks online, Paris Adresse
 * proposes an interview the person sees, grants (attestation PDF, the address to use), records mail
 * (an SMS without anything of the letter), then the renewal two months before the end. Every page
 * is checked by axe-core in French and Arabic.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DomiciliationJourneyIT {

  private static final String PASSWORD = "une adresse pour mon courrier";
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @ArquillianResource URL base;

  private static DemoAccounts.Demo staff() {
    return DemoAccounts.ALL.stream().filter(d -> d.login().equals("domiciliation.demo")).findFirst().orElseThrow();
  }

  /** The page is accessible in French and in Arabic, and fits a phone's width; it ends in French. */
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

  @Test
  void fromTheRequestToTheAttestationToTheRenewal() throws Exception {
    String email = "domiciliation-" + UUID.randomUUID() + "@example.org";
    String phone = String.format("+3378%07d", (long) (Math.random() * 10_000_000));
    String number;
    try (Browser usager = Browser.open(base, Browser.PHONE)) {
      usager.go("/signup.xhtml");
      usager.type("signup:name", "Moussa").type("signup:email", email)
          .type("signup:password", PASSWORD).type("signup:confirmation", PASSWORD).click("signup:submit");
      usager.go("/usager/domiciliation.xhtml");
      assertThat(usager.text()).contains("La domiciliation vous donne une adresse");
      accessibleInFrenchAndArabic(usager);
      usager.click("request-link");
      assertThat(usager.path()).isEqualTo("/usager/domiciliation-request.xhtml");
      accessibleInFrenchAndArabic(usager);

      // Only the name and the link with Paris are required; no identity document.
      usager.click("request:send");
      assertThat(usager.text()).contains("Ce champ est obligatoire.", "Choisissez votre lien avec Paris.");
      assertThat(usager.driver().findElement(By.id("request:familyName")).getAttribute("aria-invalid")).isEqualTo("true");
      usager.assertAccessible();
      usager.type("request:familyName", "Traoré").type("request:givenNames", "Moussa")
          .set("request:birthDate", "1990-05-04").select("request:communeLink", "STAYING")
          .type("request:phone", phone).click("request:send");
      assertThat(usager.path()).isEqualTo("/usager/domiciliation.xhtml");
      assertThat(usager.text()).contains("Votre demande de domiciliation est envoyée.", "Demande envoyée");
      number = usager.driver().findElement(By.cssSelector(".status-box .ltr")).getText();
      assertThat(number).matches("DOM-\\d{6}");
    }

    String casePath;
    LocalDate interview = LocalDate.now(PARIS).plusDays(2);
    try (Browser worker = Browser.open(base, Browser.PHONE)) {
      worker.login(staff().login(), staff().password());
      worker.go("/social-worker/domiciliations.xhtml");
      assertThat(worker.text()).contains("Nouvelles demandes");
      accessibleInFrenchAndArabic(worker);
      worker.go("/social-worker/domiciliations.xhtml?q=" + number);
      worker.clickCss("a[href*='domiciliation.xhtml?id=']");
      casePath = worker.path() + "?" + worker.driver().getCurrentUrl().split("\\?")[1];
      assertThat(worker.text()).contains("Moussa Traoré", "Je vis à Paris en ce moment", "Pas de pièce d’identité jointe");
      accessibleInFrenchAndArabic(worker);
      worker.set("interview:date", interview.toString()).set("interview:time", "10:30").click("interview:propose");
      assertThat(worker.text()).contains("Le rendez-vous est proposé.", "Rendez-vous proposé");
    }

    try (Browser usager = Browser.open(base, Browser.PHONE)) {
      usager.login(email, PASSWORD);
      usager.go("/usager/domiciliation.xhtml");
      assertThat(usager.text()).contains("Votre rendez-vous", "10:30", "Paris Adresse");
      accessibleInFrenchAndArabic(usager);
    }

    try (Browser worker = Browser.open(base, Browser.PHONE)) {
      worker.login(staff().login(), staff().password());
      worker.go(casePath);
      worker.click("grant:go");
      assertThat(worker.text()).contains("La domiciliation est accordée.", "Active");
      worker.select("mail:sender", "TAX").type("mail:count", "2").click("mail:record");
      assertThat(worker.text()).contains("Le courrier est enregistré.", "Impôts");
      accessibleInFrenchAndArabic(worker);
    }

    // The SMS says only that mail waits, and where: never who sent it.
    String params = mailSms(phone);
    assertThat(params).contains("\"count\"", "Paris Adresse");
    assertThat(params.toLowerCase()).doesNotContain("tax").doesNotContain("impôt");

    try (Browser usager = Browser.open(base, Browser.PHONE)) {
      usager.login(email, PASSWORD);
      usager.go("/usager/domiciliation.xhtml");
      assertThat(usager.text()).contains("Active", "Mon attestation", "Mon adresse", number, "2 courriers vous attendent");
      String attestation = usager.driver().findElement(By.id("attestation-link")).getAttribute("href");
      assertThat(usager.statusOf(attestation.substring(attestation.indexOf("/usager/")))).isEqualTo(200);
      accessibleInFrenchAndArabic(usager);

      // Two months before the end, the person is told on the page and asks for the renewal.
      LocalDate end = LocalDate.now(PARIS).plusDays(30);
      execute("UPDATE domiciliation SET valid_until = ? WHERE number = ?", java.sql.Date.valueOf(end), number);
      usager.go("/usager/domiciliation.xhtml");
      assertThat(usager.text()).contains("Demandez maintenant son renouvellement");
      accessibleInFrenchAndArabic(usager);
      usager.click("renew:ask");
      assertThat(usager.text()).contains("Votre demande de renouvellement est envoyée", "Renouvellement demandé", "Mon adresse");
    }

    try (Browser worker = Browser.open(base, Browser.PHONE)) {
      worker.login(staff().login(), staff().password());
      worker.go("/social-worker/domiciliations.xhtml?tab=RENEWAL_REQUESTED");
      assertThat(worker.text()).contains(number);
      worker.go(casePath);
      assertThat(worker.driver().findElement(By.id("grant:go")).getAttribute("value")).isEqualTo("Renouveler la domiciliation");
      worker.click("grant:go");
      assertThat(worker.text()).contains("La domiciliation est accordée.", "Domiciliation renouvelée");
      assertThat(worker.driver().findElements(By.cssSelector("section[aria-labelledby='attestations-title'] li"))).hasSize(2);
    }

    try (Browser usager = Browser.open(base, Browser.PHONE)) {
      usager.login(email, PASSWORD);
      usager.go("/usager/domiciliation.xhtml");
      assertThat(usager.text()).contains("Active", "Domiciliation renouvelée");
    }
  }

  private static String mailSms(String phone) throws Exception {
    try (Connection c = PortalTestEnvironment.database().connect();
        PreparedStatement st =
            c.prepareStatement("SELECT params_json FROM sms_message WHERE recipient = ? AND kind = 'MAIL_ARRIVED'")) {
      st.setString(1, phone);
      try (ResultSet rs = st.executeQuery()) {
        assertThat(rs.next()).as("a MAIL_ARRIVED SMS for the domicilié").isTrue();
        return rs.getString(1);
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
