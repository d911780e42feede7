package fr.paris.teleservices.portal.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A usager closes their account from "Mes paramètres": the password is asked again, the date the
 * documents will be destroyed is shown with a link to download them first, and they can change
 * their mind. (What happens on that date is AccountClosureIT's.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountClosureJourneyIT {

  @ArquillianResource URL base;

  @Test
  void aUsagerAsksToCloseTheirAccountWithTheirPasswordAndCanChangeTheirMind() {
    String email = "closing-" + UUID.randomUUID() + "@example.org";
    String password = "une phrase pour partir";
    try (Browser browser = Browser.open(base, Browser.PHONE)) {
      browser.go("/signup.xhtml");
      browser
          .type("signup:name", "Yasmine Départ")
          .type("signup:email", email)
          .type("signup:password", password)
          .type("signup:confirmation", password)
          .click("signup:submit");
      browser.go("/usager/settings.xhtml");
      assertThat(browser.text()).contains("Fermer mon compte", "30 jours après votre demande");
      assertThat(browser.driver().findElement(By.linkText("Télécharger tous mes documents")).getAttribute("href"))
          .endsWith("/usager/documents.xhtml#export");
      browser.assertAccessible();

      browser.type("closure:closurePassword", "pas le bon").click("closure:close");
      assertThat(browser.driver().findElement(By.id("closurePassword-error")).getText()).isEqualTo("Mot de passe incorrect.");
      assertThat(browser.driver().findElements(By.id("closure-pending"))).isEmpty();

      browser.type("closure:closurePassword", password).click("closure:close");
      assertThat(browser.path()).isEqualTo("/usager/settings.xhtml");
      assertThat(browser.text()).contains("Votre compte sera fermé le");
      assertThat(browser.driver().findElement(By.id("closure-pending")).getText())
          .contains("Vos documents seront alors détruits");
      browser.assertAccessible();
      browser.go("/usager/settings.xhtml?lang=ar");
      assertThat(browser.htmlAttribute("dir")).isEqualTo("rtl");
      browser.assertAccessible().assertNoHorizontalScroll();
      browser.go("/usager/settings.xhtml?lang=fr");

      browser.click("keep:cancel");
      assertThat(browser.text()).contains("Votre compte est gardé. Rien ne sera supprimé.");
      assertThat(browser.driver().findElements(By.id("closure-pending"))).isEmpty();
      browser.logout();
      browser.login(email, password);
      assertThat(browser.path()).isEqualTo("/usager/demarches.xhtml");
    }
  }
}
