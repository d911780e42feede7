package fr.paris.teleservices.portal.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paris.teleservices.portal.account.DemoAccounts;
import fr.paris.teleservices.portal.it.support.SampleFiles;
import java.net.URL;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 4's journey, in Chromium at phone width: eligibility → start → pieces from the vault →
 * submit incomplete → the social worker asks for a piece → the usager adds it → the social worker
 * grants. Every page is checked by axe-core in French and Arabic.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestJourneyIT {

  private static final String PASSWORD = "une demande d’aide bien remplie";

  @ArquillianResource URL base;

  @Test
  void fromEligibilityToAGrantedRequest() {
    String email = "demande-" + UUID.randomUUID() + "@example.org";
    String number;
    try (Browser usager = Browser.open(base, Browser.PHONE)) {
      usager.go("/signup.xhtml");
      usager
          .type("signup:name", "Jeanne Martin")
          .type("signup:email", email)
          .type("signup:password", PASSWORD)
          .type("signup:confirmation", PASSWORD)
          .click("signup:submit");

      // Suis-je éligible ? — nothing stored until the person starts a request.
      usager.go("/eligibilite.xhtml");
      usager.assertAccessible();
      usager
          .type("eligibility:questions:0:number", "70")
          .select("eligibility:questions:1:choice", "SINGLE")
          .type("eligibility:questions:4:number", "900")
          .type("eligibility:questions:6:number", "12")
          .select("eligibility:questions:9:choice", "TENANT")
          .click("eligibility:assess");
      assertThat(usager.text()).contains("Paris Solidarité", "Probablement éligible");
      usager.assertAccessible().assertNoHorizontalScroll();
      usager.clickCss("input[aria-label$='Paris Solidarité']");
      assertThat(usager.path()).isEqualTo("/usager/start.xhtml");
      usager.assertAccessible();
      usager.click("start:go");
      assertThat(usager.path()).isEqualTo("/usager/demande.xhtml");

      // The answers of the questionnaire prefill the form.
      assertThat(usager.driver().findElement(By.id("answers:fields:3:text")).getAttribute("value")).isEqualTo("900");
      usager.type("answers:fields:0:text", "13").select("answers:fields:1:choice", "SENIOR").click("answers:save");
      assertThat(usager.text()).contains("Votre demande est enregistrée.");
      usager.assertAccessible().assertNoHorizontalScroll();

      // A file that is not what it claims is refused with a clear message, and nothing is kept.
      upload(usager, 0, "IDENTITY", SampleFiles.fakePdf(), null);
      assertThat(usager.text()).contains("Ce type de fichier n’est pas accepté.");

      upload(usager, 0, "IDENTITY", SampleFiles.photo("Carte d'identité"), null);
      assertThat(usager.text()).contains("Le document est dans votre porte-documents et ajouté à votre demande.");
      for (int year = 1; year <= 3; year++) {
        upload(usager, 1, "TAX_NOTICE", SampleFiles.photo("Avis " + year), LocalDate.now().minusMonths(12L * year - 6));
      }
      // The newest tax notice already in the vault serves the income requirement too.
      usager.select("pieces:requirements:2:pick", firstOption(usager, "pieces:requirements:2:pick")).click("pieces:requirements:2:attach");

      usager.click("answers:submit");
      assertThat(usager.text()).contains("Incomplète", "il manque des papiers");
      number = usager.driver().findElement(By.cssSelector(".status-box .ltr")).getText();
      String receipt = usager.driver().findElement(By.cssSelector("a[href*='files/receipt']")).getAttribute("href");
      assertThat(usager.statusOf(java.net.URI.create(receipt).getRawPath() + "?" + java.net.URI.create(receipt).getRawQuery()))
          .isEqualTo(200);
      assertThat(number).matches("\\d{4}-\\d{6}");
      usager.assertAccessible();
      usager.go("/usager/demande.xhtml?" + usager.driver().getCurrentUrl().split("\\?")[1] + "&lang=ar");
      usager.assertAccessible().assertNoHorizontalScroll();
      usager.go("/usager/demarches.xhtml?lang=fr");

      // Adding the missing piece makes the request complete again.
      usager.clickCss("a[href*='demande.xhtml']");
      upload(usager, 3, "BANK_DETAILS", SampleFiles.photo("RIB"), null);
      assertThat(usager.text()).contains("Envoyée");
      usager.logout();
    }

    DemoAccounts.Demo worker = DemoAccounts.ALL.get(1);
    try (Browser instructor = Browser.open(base, Browser.PHONE)) {
      instructor.login(worker.login(), worker.password());
      instructor.go("/social-worker/index.xhtml?tab=NEW&q=" + number);
      instructor.assertAccessible().assertNoHorizontalScroll();
      instructor.clickCss("a[href*='demande.xhtml']");
      assertThat(instructor.text()).contains(number, "Jeanne Martin", "Paris Solidarité");
      instructor.assertAccessible();
      instructor.type("pieces:message", "La photo de la pièce d’identité est floue, merci de la refaire.").click("pieces:ask");
      assertThat(instructor.text()).contains("La demande de papiers est envoyée.");
    }

    try (Browser usager = Browser.open(base, Browser.PHONE)) {
      usager.login(email, PASSWORD);
      usager.clickCss("a[href*='demande.xhtml']");
      assertThat(usager.text()).contains("Incomplète", "La photo de la pièce d’identité est floue");
      upload(usager, 0, "IDENTITY", SampleFiles.photo("Carte d'identité nette"), null);
      assertThat(usager.text()).contains("Envoyée");
    }

    try (Browser instructor = Browser.open(base, Browser.PHONE)) {
      instructor.login(worker.login(), worker.password());
      instructor.go("/social-worker/index.xhtml?q=" + number);
      instructor.clickCss("a[href*='demande.xhtml']");
      instructor.click("review:start");
      assertThat(instructor.text()).contains("En cours d’examen");
      instructor.type("decide:amount", "229").click("decide:grant");
      assertThat(instructor.text()).contains("L’aide est accordée.", "Accordée");
      instructor.assertAccessible();
    }

    try (Browser usager = Browser.open(base, Browser.PHONE)) {
      usager.login(email, PASSWORD);
      assertThat(usager.text()).contains("Accordée");
      usager.clickCss("a[href*='demande.xhtml']");
      assertThat(usager.text()).contains("Aide accordée", "229");
      usager.assertAccessible();
    }
  }

  @Test
  void aRequestIsWithdrawnOnlyAfterConfirmation() {
    String email = "retrait-" + UUID.randomUUID() + "@example.org";
    try (Browser usager = Browser.open(base, Browser.PHONE)) {
      usager.go("/signup.xhtml");
      usager
          .type("signup:name", "Paul Durand")
          .type("signup:email", email)
          .type("signup:password", PASSWORD)
          .type("signup:confirmation", PASSWORD)
          .click("signup:submit");
      usager.go("/usager/start.xhtml?procedure=paris-solidarite");
      usager.click("start:go");
      assertThat(usager.path()).isEqualTo("/usager/demande.xhtml");

      usager.clickCss("a[href*='withdraw=true']");
      assertThat(usager.text()).contains("elle ne sera pas étudiée");
      usager.assertAccessible().assertNoHorizontalScroll();
      usager.click("withdraw:confirm");
      assertThat(usager.text()).contains("Votre demande est retirée.", "Vous avez retiré cette demande.");
      assertThat(usager.driver().findElements(By.cssSelector("a[href*='withdraw=true']"))).isEmpty();
    }
  }

  private static void upload(Browser browser, int requirement, String type, java.nio.file.Path file, LocalDate issued) {
    String prefix = "pieces:requirements:" + requirement + ":";
    browser.open("#pieces .requirement:nth-of-type(" + (requirement + 1) + ") details.upload");
    browser.select(prefix + "type", type).attach(prefix + "file", file);
    if (issued != null) {
      browser.set(prefix + "issued", issued.toString());
    }
    browser.click(prefix + "upload");
  }

  private static String firstOption(Browser browser, String selectId) {
    return browser.driver().findElement(By.cssSelector("select[id='" + selectId + "'] option")).getAttribute("value");
  }
}
