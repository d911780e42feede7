package fr.paris.teleservices.portal.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paris.teleservices.i18n.Language;
import fr.paris.teleservices.i18n.Languages;
import fr.paris.teleservices.portal.it.support.SampleFiles;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 7: every page a usager reads, in every language of the portal and in easy-read French, at
 * phone width: the right {@code lang} and {@code dir}, no text key left untranslated, no text
 * wider than its box, no sideways scrolling; axe-core clean in French, Arabic, Urdu, Tamil and
 * Chinese.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EveryLanguageIT {

  /** Languages also checked by axe-core: the reference, right-to-left scripts, Indic, Han. */
  static final Set<String> AXE = Set.of("fr", "ar", "ur", "ta", "zh");

  @ArquillianResource URL base;

  @Test
  void everyUsagerPageInEveryLanguage() {
    String email = "langues-" + UUID.randomUUID() + "@example.org";
    String password = "une phrase pour toutes les langues";
    try (Browser browser = Browser.open(base, Browser.PHONE)) {
      browser.go("/signup.xhtml?lang=fr");
      browser
          .type("signup:name", "Nour")
          .type("signup:email", email)
          .type("signup:password", password)
          .type("signup:confirmation", password)
          .click("signup:submit");
      browser.go("/usager/start.xhtml?procedure=paris-logement");
      browser.click("start:go");
      String request = browser.path() + "?" + browser.driver().getCurrentUrl().split("\\?")[1];
      browser.go("/usager/documents.xhtml?lang=fr");
      browser.open("#addBox");
      browser.select("add:type", "IDENTITY").attach("add:file", SampleFiles.photo("Carte"));
      browser.click("add:send");
      URI manage = URI.create(browser.driver().findElement(By.cssSelector("a.vault-manage")).getAttribute("href"));
      String document = manage.getRawPath().substring(manage.getRawPath().indexOf("/usager/")) + "?" + manage.getRawQuery();

      List<String> pages =
          List.of(
              "/index.xhtml",
              "/aides.xhtml",
              "/aide.xhtml?id=paris-solidarite",
              "/eligibilite.xhtml",
              "/usager/demarches.xhtml",
              request,
              "/usager/settings.xhtml",
              "/usager/documents.xhtml",
              document,
              "/usager/shares.xhtml",
              "/usager/journal.xhtml",
              "/usager/start.xhtml?procedure=paris-solidarite",
              "/usager/domiciliation.xhtml",
              "/usager/domiciliation-request.xhtml",
              "/usager/mandates.xhtml",
              "/usager/verify-phone.xhtml",
              "/no-such-page.xhtml");
      List<String> problems = new ArrayList<>();
      check(browser, pages, problems);
      browser.go("/usager/demarches.xhtml?lang=fr"); // the last page was the "not found" page, without the menu
      browser.logout();
      check(browser, List.of("/login.xhtml", "/signup.xhtml", "/recover.xhtml"), problems);
      // every problem of every language at once: a translator fixes them in one pass
      assertThat(problems).isEmpty();
    }
  }

  private static void check(Browser browser, List<String> pages, List<String> problems) {
    for (Language language : Languages.all()) {
      for (String page : pages) {
        browser.go(page + (page.contains("?") ? "&" : "?") + "lang=" + language.code());
        try {
          assertThat(browser.htmlAttribute("lang")).as(page).isEqualTo(language.tag());
          assertThat(browser.htmlAttribute("dir")).as(page).isEqualTo(language.direction().attribute());
          browser.assertNoOverflowNorMissingText().assertNoHorizontalScroll();
          if (AXE.contains(language.code())) {
            browser.assertAccessible();
          }
        } catch (AssertionError problem) {
          problems.add(language.code() + " " + page + ": " + problem.getMessage());
        }
      }
    }
  }
}
