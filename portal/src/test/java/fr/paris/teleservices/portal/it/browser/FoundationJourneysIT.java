package fr.paris.teleservices.portal.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paris.teleservices.portal.account.DemoAccounts;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;

/** The first journeys of the foundation, in Chromium, checked by axe-core in French and Arabic. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FoundationJourneysIT {

  @ArquillianResource URL base;

  @Test
  void homeIsInFrenchByDefaultAndArabicIsRightToLeft() {
    try (Browser browser = Browser.open(base, Browser.PHONE)) {
      browser.go("/");
      assertThat(browser.htmlAttribute("lang")).isEqualTo("fr");
      assertThat(browser.htmlAttribute("dir")).isEqualTo("ltr");
      assertThat(browser.heading()).isEqualTo("Vos démarches sociales à Paris");

      browser.language("ar");
      assertThat(browser.htmlAttribute("lang")).isEqualTo("ar");
      assertThat(browser.htmlAttribute("dir")).isEqualTo("rtl");
      assertThat(browser.heading()).isEqualTo("إجراءاتك الاجتماعية في باريس");
      assertThat(browser.text()).doesNotContain("???");

      browser.language("en");
      assertThat(browser.heading()).isEqualTo("Your social services in Paris");
    }
  }

  @Test
  void publicPagesAreAccessibleInFrenchAndArabicAtPhoneAndDesktopWidth() {
    for (int width : new int[] {Browser.PHONE, Browser.DESKTOP}) {
      try (Browser browser = Browser.open(base, width)) {
        for (String language : new String[] {"fr", "ar"}) {
          for (String page : new String[] {"/", "/login.xhtml", "/signup.xhtml", "/no-such-page.xhtml"}) {
            browser.go(page + "?lang=" + language);
            assertThat(browser.htmlAttribute("lang")).isEqualTo(language);
            browser.assertAccessible().assertNoHorizontalScroll();
          }
        }
      }
    }
  }

  @Test
  void usagerSignsUpLogsOutLogsInAndFindsAnEmptyRequestsSpace() {
    String email = "usager-" + UUID.randomUUID() + "@example.org";
    String password = "une phrase facile à retenir";
    try (Browser browser = Browser.open(base, Browser.PHONE)) {
      browser.go("/signup.xhtml");
      browser
          .type("signup:name", "Fatou Diop-Ñandú فاطمة")
          .type("signup:email", email)
          .type("signup:password", password)
          .type("signup:confirmation", password)
          .click("signup:submit");
      assertThat(browser.path()).isEqualTo("/usager/demarches.xhtml");
      assertThat(browser.heading()).isEqualTo("Mes démarches");
      assertThat(browser.text()).contains("Bonjour Fatou Diop-Ñandú فاطمة.", "Vous n’avez pas encore de demande.");
      browser.assertAccessible().assertNoHorizontalScroll();
      browser.language("ar");
      assertThat(browser.heading()).isEqualTo("طلباتي");
      browser.assertAccessible().assertNoHorizontalScroll();

      browser.click("logout:go");
      assertThat(browser.path()).isEqualTo("/index.xhtml");
      assertThat(browser.statusOf("/usager/demarches.xhtml")).isEqualTo(302);

      browser.go("/login.xhtml?lang=fr");
      browser.type("login:identifier", email.toUpperCase()).type("login:password", password).click("login:submit");
      assertThat(browser.path()).isEqualTo("/usager/demarches.xhtml");
      // The language chosen while logged in is remembered in the account.
      assertThat(browser.htmlAttribute("lang")).isEqualTo("ar");
      browser.click("logout:go");
    }
  }

  @Test
  void signupProblemsAreShownNextToTheFieldInThePersonsLanguage() {
    try (Browser browser = Browser.open(base, Browser.PHONE)) {
      browser.go("/signup.xhtml?lang=ar");
      browser
          .type("signup:name", "Omar")
          .type("signup:phone", "01 44 55 66 77")
          .type("signup:password", "mot de passe assez long")
          .type("signup:confirmation", "mot de passe assez long")
          .click("signup:submit");
      assertThat(browser.path()).isEqualTo("/signup.xhtml");
      assertThat(browser.driver().findElement(org.openqa.selenium.By.id("phone-error")).getText())
          .isEqualTo("هذا الرقم ليس رقم هاتف محمول. يلزم رقم محمول لاستقبال الرسائل القصيرة.");
      assertThat(browser.driver().findElement(org.openqa.selenium.By.id("signup:phone")).getAttribute("aria-invalid"))
          .isEqualTo("true");
      browser.assertAccessible();
      // Nothing the person typed is lost except the passwords.
      assertThat(browser.driver().findElement(org.openqa.selenium.By.id("signup:name")).getAttribute("value"))
          .isEqualTo("Omar");
    }
  }

  @Test
  void eachStaffRoleLandsOnItsOwnHomeAndCannotOpenTheOthers() {
    for (DemoAccounts.Demo demo : DemoAccounts.ALL) {
      try (Browser browser = Browser.open(base, Browser.PHONE)) {
        browser.login(demo.login(), demo.password());
        assertThat(browser.path()).isEqualTo(demo.role().home());
        assertThat(browser.text()).contains(demo.displayName());
        browser.assertAccessible();
        browser.go(demo.role().home() + "?lang=ar");
        browser.assertAccessible().assertNoHorizontalScroll();
        for (DemoAccounts.Demo other : DemoAccounts.ALL) {
          if (other.role() != demo.role()) {
            // 403, or 404 for an agent in the usager area without a mandate: never the page.
            assertThat(browser.statusOf(other.role().home()))
                .as("%s opening %s", demo.role(), other.role().home())
                .isIn(403, 404);
          }
        }
        browser.go(DemoAccounts.ALL.get(3).role().home());
        if (demo.role() != DemoAccounts.ALL.get(3).role()) {
          assertThat(browser.text()).doesNotContain("Administration").contains("الوصول مرفوض");
        }
      }
    }
  }

  @Test
  void aUsagerConfirmsTheirMobileWithTheCodeSentThroughTheEmbeddedOutbox() throws Exception {
    String mobile = String.format("+3378%07d", (long) (Math.random() * 10_000_000));
    String password = "une phrase pour le code";
    try (Browser browser = Browser.open(base, Browser.PHONE)) {
      browser.go("/signup.xhtml");
      browser
          .type("signup:name", "Moussa")
          .type("signup:phone", mobile)
          .type("signup:password", password)
          .type("signup:confirmation", password)
          .click("signup:submit");
      assertThat(browser.path()).isEqualTo("/usager/verify-phone.xhtml");
      assertThat(browser.text()).contains("Nous vous avons envoyé un code par SMS.");
      browser.assertAccessible();

      String body = sentText(mobile);
      assertThat(body).as("the SMS as the embedded gateway recorded it").matches("(?s).*\\b\\d{6}\\b.*");
      String code = body.replaceAll("(?s).*?\\b(\\d{6})\\b.*", "$1");

      browser.type("verify:code", "000000".equals(code) ? "111111" : "000000").click("verify:confirm");
      assertThat(browser.text()).contains("Ce code n’est pas le bon.");
      browser.type("verify:code", code).click("verify:confirm");
      assertThat(browser.path()).isEqualTo("/usager/settings.xhtml");
      assertThat(browser.text()).contains("Votre numéro est confirmé.", "confirmé");
      browser.assertAccessible();
    }
    DemoAccounts.Demo admin = DemoAccounts.ALL.get(3);
    try (Browser browser = Browser.open(base, Browser.PHONE)) {
      browser.login(admin.login(), admin.password());
      browser.go("/admin/sms.xhtml");
      assertThat(browser.text())
          .contains("Code de vérification")
          .contains(mobile.substring(mobile.length() - 2))
          .doesNotContain(mobile);
      browser.assertAccessible();
      browser.go("/admin/sms.xhtml?lang=ar");
      browser.assertAccessible().assertNoHorizontalScroll();
    }
  }

  /** The text the embedded gateway "sent" to this number, once the dispatcher has handled it. */
  private static String sentText(String e164) throws Exception {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      try (var c = fr.paris.teleservices.portal.it.PortalTestEnvironment.database().connect();
          var st = c.prepareStatement(
              "SELECT body FROM sms_message WHERE recipient = ? AND kind = 'VERIFICATION_CODE' AND state = 'DELIVERED'")) {
        st.setString(1, e164);
        try (var rs = st.executeQuery()) {
          if (rs.next()) {
            return rs.getString(1);
          }
        }
      }
      Thread.sleep(500);
    }
    throw new AssertionError("No verification SMS delivered to the embedded outbox");
  }

  @Test
  void aVisitorWhoStartsARequestComesBackToItAfterLoggingIn() {
    DemoAccounts.Demo usager = DemoAccounts.ALL.get(0);
    try (Browser browser = Browser.open(base, Browser.PHONE)) {
      browser.go("/aide.xhtml?id=paris-logement");
      browser.assertAccessible();
      browser.clickCss("a.button[href*='start.xhtml']");
      assertThat(browser.path()).isEqualTo("/login.xhtml");
      browser.type("login:identifier", usager.login()).type("login:password", usager.password()).click("login:submit");
      assertThat(browser.path()).isEqualTo("/usager/start.xhtml");
      assertThat(browser.driver().getCurrentUrl()).endsWith("procedure=paris-logement");
    }
    try (Browser browser = Browser.open(base, Browser.PHONE)) {
      browser.go("/login.xhtml?next=https%3A%2F%2Fevil.example%2F");
      browser.type("login:identifier", usager.login()).type("login:password", usager.password()).click("login:submit");
      assertThat(browser.path()).isEqualTo("/usager/demarches.xhtml");
    }
  }

  @Test
  void theSessionIdChangesAtLogin() {
    DemoAccounts.Demo usager = DemoAccounts.ALL.get(0);
    try (Browser browser = Browser.open(base, Browser.DESKTOP)) {
      browser.go("/login.xhtml");
      Cookie before = browser.driver().manage().getCookieNamed("JSESSIONID");
      browser.type("login:identifier", usager.login()).type("login:password", usager.password()).click("login:submit");
      Cookie after = browser.driver().manage().getCookieNamed("JSESSIONID");
      assertThat(before).isNotNull();
      assertThat(after.getValue()).isNotEqualTo(before.getValue());
      assertThat(after.isHttpOnly()).isTrue();
    }
  }

  @Test
  void passwordGuessingIsSlowedDownPerAccount() {
    String email = "guess-" + UUID.randomUUID() + "@example.org";
    try (Browser browser = Browser.open(base, Browser.PHONE)) {
      browser.go("/signup.xhtml");
      browser
          .type("signup:name", "Cible")
          .type("signup:email", email)
          .type("signup:password", "le bon mot de passe")
          .type("signup:confirmation", "le bon mot de passe")
          .click("signup:submit");
      browser.click("logout:go");
      for (int attempt = 1; attempt <= 5; attempt++) {
        browser.go("/login.xhtml");
        browser.type("login:identifier", email).type("login:password", "essai " + attempt).click("login:submit");
        assertThat(browser.text()).contains("Identifiant ou mot de passe incorrect.");
      }
      browser.go("/login.xhtml");
      browser.type("login:identifier", email).type("login:password", "le bon mot de passe").click("login:submit");
      assertThat(browser.path()).isEqualTo("/login.xhtml");
      assertThat(browser.text()).contains("Trop d’essais. Réessayez dans 15 minutes.");
    }
  }

  @Test
  void unknownAddressesDoNotExist() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    for (String path : new String[] {"/nope.xhtml", "/resources/css/portal.css", "/WEB-INF/web.xml", "/index.xhtml/../WEB-INF/web.xml"}) {
      HttpResponse<String> response =
          http.send(HttpRequest.newBuilder(URI.create(base + path.substring(1))).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(path).isIn(400, 404);
      assertThat(response.body()).doesNotContain("Exception", "at fr.paris");
    }
  }

  @Test
  void everyPageCarriesTheSecurityHeadersAndHealthIsUp() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> home =
        http.send(HttpRequest.newBuilder(URI.create(base.toString())).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(home.headers().allValues("Content-Security-Policy")).hasSize(1);
    assertThat(home.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("frame-ancestors 'none'", "script-src 'self'")
        .doesNotContain("unsafe-inline");
    assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(home.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    assertThat(home.body()).doesNotContainPattern("(src|href)=\"(https?:)?//");

    for (String probe : new String[] {"health/live", "health/ready"}) {
      HttpResponse<String> health =
          http.send(HttpRequest.newBuilder(URI.create(base + probe)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).as(probe).isEqualTo(200);
      assertThat(health.body()).contains("\"status\":\"UP\"");
    }
  }
}
