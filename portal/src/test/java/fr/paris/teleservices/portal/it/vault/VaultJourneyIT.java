package fr.paris.teleservices.portal.it.vault;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paris.teleservices.portal.account.DemoAccounts;
import fr.paris.teleservices.portal.it.PortalTestEnvironment;
import fr.paris.teleservices.portal.it.browser.Browser;
import fr.paris.teleservices.portal.it.support.SampleFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 3's journeys, in Chromium at phone width, each page checked by axe-core in French and
 * Arabic: the usager's "porte-documents" (adding a photo and photographed pages, renaming, opening,
 * deleting with a confirmation), sharing with the EPS of the 13e until revoked, the export, and the
 * administrator's integrity tools.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VaultJourneyIT {

  private static final String PASSWORD = "mes papiers en lieu sûr";
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final DemoAccounts.Demo WORKER = DemoAccounts.ALL.get(1);
  private static final DemoAccounts.Demo ADMIN = DemoAccounts.ALL.get(3);

  @ArquillianResource URL base;

  @Test
  void usagerAddsRenamesOpensAndDeletesDocuments() {
    String pagesDocument;
    try (Browser usager = Browser.open(base, Browser.PHONE)) {
      signUp(usager, "Inès Haddad");
      usager.go("/usager/documents.xhtml");
      assertThat(usager.heading()).isEqualTo("Mon porte-documents");
      assertThat(usager.text()).contains("Votre porte-documents est vide.");

      // A photo of an identity card, valid 12 more days.
      addFile(usager, "IDENTITY", SampleFiles.photo("Carte d'identité"), LocalDate.now(PARIS).plusDays(12));
      assertThat(usager.text()).contains("Le document est dans votre porte-documents.", "Pièce d’identité", "Expire dans 12 jours");
      assertThat(documents(usager)).hasSize(1);

      // A file that is not what it claims is refused in French, and nothing is kept.
      addFile(usager, "IDENTITY", SampleFiles.fakePdf(), null);
      assertThat(usager.text()).contains("Ce type de fichier n’est pas accepté.");
      usager.go("/usager/documents.xhtml");
      assertThat(documents(usager)).hasSize(1);

      // Two pages photographed one by one, kept as one PDF.
      usager.open("#pagesBox");
      usager.select("pages:type", "TAX_NOTICE");
      usager.driver()
          .findElement(By.id("pages:files"))
          .sendKeys(SampleFiles.photo("Avis page 1").toString() + "\n" + SampleFiles.photo("Avis page 2").toString());
      usager.click("pages:send");
      assertThat(usager.text()).contains("Les pages sont réunies en un seul document");
      assertThat(documents(usager)).hasSize(2);
      WebElement taxNotice = document(usager, "Avis d’imposition");
      assertThat(taxNotice.findElement(By.cssSelector(".vault-document__name")).getText()).endsWith(".pdf");
      pagesDocument = idOf(taxNotice.findElement(By.cssSelector("a.vault-download")).getAttribute("href"));
      assertThat(SessionHttp.get(usager, base, "/usager/files/document?id=" + pagesDocument).header("Content-Type"))
          .startsWith("application/pdf");

      // The list, with both disclosures open, in French and in Arabic.
      usager.open("#addBox").open("#pagesBox");
      usager.assertAccessible().assertNoHorizontalScroll();
      usager.go("/usager/documents.xhtml?lang=ar");
      usager.open("#addBox").open("#pagesBox");
      usager.assertAccessible().assertNoHorizontalScroll();
      usager.go("/usager/documents.xhtml?lang=fr");

      // Renaming.
      usager.driver().get(document(usager, "Pièce d’identité").findElement(By.cssSelector("a.vault-manage")).getAttribute("href"));
      assertThat(usager.path()).isEqualTo("/usager/document.xhtml");
      String photo = idOf(usager.driver().getCurrentUrl());
      usager.type("rename:name", "Ma carte d’identité").click("rename:save");
      assertThat(usager.text()).contains("Le document est renommé.", "Ma carte d’identité.png");
      usager.assertAccessible().assertNoHorizontalScroll();

      // Opening it in the browser, and downloading it: safe headers, server-chosen type.
      SessionHttp.Answer opened = SessionHttp.get(usager, base, "/usager/files/document?id=" + photo + "&inline=1");
      assertThat(opened.status()).isEqualTo(200);
      assertThat(opened.header("Content-Type")).startsWith("image/png");
      assertThat(opened.header("Content-Disposition")).startsWith("inline").contains("Ma%20carte%20d%E2%80%99identit%C3%A9.png");
      assertThat(opened.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(opened.header("Content-Security-Policy")).contains("sandbox");
      assertThat(opened.body()).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
      SessionHttp.Answer downloaded = SessionHttp.get(usager, base, "/usager/files/document?id=" + photo);
      assertThat(downloaded.status()).isEqualTo(200);
      assertThat(downloaded.header("Content-Disposition")).startsWith("attachment");
      assertThat(downloaded.header("Cache-Control")).contains("no-store");

      // Deleting asks for a confirmation and the password; a wrong password changes nothing.
      usager.click("ask-delete");
      assertThat(usager.text()).contains("Le document sera supprimé définitivement");
      usager.assertAccessible();
      usager.go("/usager/document.xhtml?id=" + photo + "&delete=1&lang=ar");
      usager.assertAccessible().assertNoHorizontalScroll();
      usager.go("/usager/document.xhtml?id=" + photo + "&delete=1&lang=fr");
      usager.type("delete:password", "pas le bon mot de passe").click("delete:confirm");
      assertThat(usager.text()).contains("Le mot de passe n’est pas le bon. Rien n’a été fait.");
      assertThat(usager.path()).isEqualTo("/usager/document.xhtml");
      usager.type("delete:password", PASSWORD).click("delete:confirm");
      assertThat(usager.path()).isEqualTo("/usager/documents.xhtml");
      assertThat(usager.text()).contains("Le document est supprimé.").doesNotContain("Ma carte d’identité.png");
      assertThat(documents(usager)).hasSize(1);
      assertThat(usager.statusOf("/usager/files/document?id=" + photo)).isEqualTo(404);
      assertThat(usager.statusOf("/usager/document.xhtml?id=" + photo)).isEqualTo(404);
    }

    // Someone else's document does not exist for another usager: 404, never the content.
    try (Browser stranger = Browser.open(base, Browser.PHONE)) {
      signUp(stranger, "Paul Curieux");
      assertThat(stranger.statusOf("/usager/files/document?id=" + pagesDocument)).isEqualTo(404);
      assertThat(stranger.statusOf("/usager/files/document?id=" + pagesDocument + "&inline=1")).isEqualTo(404);
      assertThat(stranger.statusOf("/usager/document.xhtml?id=" + pagesDocument)).isEqualTo(404);
      assertThat(stranger.statusOf("/usager/shares.xhtml?doc=" + pagesDocument)).isEqualTo(200);
      stranger.go("/usager/shares.xhtml?doc=" + pagesDocument);
      assertThat(stranger.text()).doesNotContain("Avis d’imposition");
    }
  }

  @Test
  void aDocumentSharedWithTheEpsReachesItsSocialWorkersUntilRevoked() {
    String name = "Lina Partage " + UUID.randomUUID().toString().substring(0, 8);
    try (Browser usager = Browser.open(base, Browser.PHONE);
        Browser worker = Browser.open(base, Browser.PHONE)) {
      signUp(usager, name);
      usager.go("/usager/documents.xhtml");
      addFile(usager, "PROOF_OF_ADDRESS", SampleFiles.photo("Quittance"), null);
      String fileName = document(usager, "Justificatif de domicile").findElement(By.cssSelector(".vault-document__name")).getText();

      usager.go("/usager/shares.xhtml");
      assertThat(usager.text()).contains("Aucun partage en cours");
      usager.assertAccessible().assertNoHorizontalScroll();
      String lastDay = usager.driver().findElement(By.id("share:until")).getAttribute("value");
      assertThat(lastDay).isEqualTo(LocalDate.now(PARIS).plusDays(30).toString());
      usager.driver().findElement(By.id("share:docs:0:pick")).click();
      usager.select("share:grantee", "STRUCTURE:EPS-13");
      usager.type("share:password", PASSWORD).click("share:send");
      assertThat(usager.text())
          .contains("Vos documents sont partagés avec", "Espace Parisien des Solidarités du 13e", "Toute l’équipe de la structure", fileName);
      usager.assertAccessible().assertNoHorizontalScroll();
      usager.go("/usager/shares.xhtml?lang=ar");
      usager.assertAccessible().assertNoHorizontalScroll();
      usager.go("/usager/shares.xhtml?lang=fr");

      // Claire Martin, social worker of the EPS of the 13e, finds it under "Documents partagés avec moi".
      worker.login(WORKER.login(), WORKER.password());
      worker.go("/social-worker/documents.xhtml");
      assertThat(worker.heading()).isEqualTo("Documents partagés avec moi");
      WebElement shared = sharedBy(worker, name);
      assertThat(shared.getText()).contains(fileName, "Justificatif de domicile");
      String link = shared.findElement(By.cssSelector("a.vault-open")).getAttribute("href");
      worker.assertAccessible().assertNoHorizontalScroll();
      worker.go("/social-worker/documents.xhtml?lang=ar");
      worker.assertAccessible().assertNoHorizontalScroll();
      worker.go("/social-worker/documents.xhtml?lang=fr");
      SessionHttp.Answer opened = SessionHttp.get(worker, base, link);
      assertThat(opened.status()).isEqualTo(200);
      assertThat(opened.header("Content-Security-Policy")).contains("sandbox");
      assertThat(opened.header("X-Content-Type-Options")).isEqualTo("nosniff");

      // The usager sees who opened it, and that the journal is intact.
      usager.go("/usager/journal.xhtml");
      assertThat(usager.text()).contains("Journal intact", "Claire Martin", "Espace Parisien des Solidarités du 13e", "Ouverture");
      assertThat(usager.text()).contains("Partage avec une structure", "Ajout", "Vous");
      usager.assertAccessible().assertNoHorizontalScroll();
      usager.go("/usager/journal.xhtml?lang=ar");
      usager.assertAccessible().assertNoHorizontalScroll();
      usager.go("/usager/journal.xhtml?lang=fr");

      // Revoked: at once, the worker's link answers 404 and the list no longer shows it.
      usager.go("/usager/shares.xhtml");
      usager.click("shares:list:0:revoke");
      assertThat(usager.text()).contains("Le partage est retiré", "Aucun partage en cours");
      assertThat(SessionHttp.get(worker, base, link).status()).isEqualTo(404);
      worker.go("/social-worker/documents.xhtml");
      assertThat(worker.text()).doesNotContain(name);
      usager.go("/usager/journal.xhtml");
      assertThat(usager.text()).contains("Partage retiré (structure)");
    }
  }

  @Test
  void theExportHoldsEveryDocumentWithItsManifestOfHashes() throws IOException, NoSuchAlgorithmException {
    try (Browser usager = Browser.open(base, Browser.PHONE)) {
      signUp(usager, "Karim Export");
      usager.go("/usager/documents.xhtml");
      addFile(usager, "RENT_RECEIPT", SampleFiles.photo("Quittance de loyer"), null);
      WebElement receipt = document(usager, "Quittance de loyer");
      String fileName = receipt.findElement(By.cssSelector(".vault-document__name")).getText();
      String document = idOf(receipt.findElement(By.cssSelector("a.vault-download")).getAttribute("href"));

      usager.type("export:password", "pas le bon").click("export:prepare");
      assertThat(usager.text()).contains("Le mot de passe n’est pas le bon.");
      assertThat(usager.driver().findElements(By.id("export-link"))).isEmpty();
      usager.type("export:password", PASSWORD).click("export:prepare");
      assertThat(usager.text()).contains("Votre téléchargement est prêt");
      usager.assertAccessible();
      String link = usager.driver().findElement(By.id("export-link")).getAttribute("href");

      SessionHttp.Answer zip = SessionHttp.get(usager, base, link);
      assertThat(zip.status()).isEqualTo(200);
      assertThat(zip.header("Content-Type")).startsWith("application/zip");
      assertThat(zip.header("Content-Disposition")).startsWith("attachment; filename=\"porte-documents-");
      assertThat(zip.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(zip.header("Cache-Control")).contains("no-store");
      Map<String, byte[]> entries = unzip(zip.body());
      assertThat(entries.keySet()).contains("documents/" + fileName, "manifest.json", "journal.json");
      String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
      String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(entries.get("documents/" + fileName)));
      assertThat(manifest).contains("\"hashAlgorithm\"", "SHA-256", "\"sha256\"", sha256, "\"status\":\"ok\"");
      assertThat(new String(entries.get("journal.json"), StandardCharsets.UTF_8)).contains("DEPOSIT");

      // The link serves once: then the password is asked again.
      SessionHttp.Answer again = SessionHttp.get(usager, base, link);
      assertThat(again.status()).isEqualTo(302);
      assertThat(again.header("Location")).contains("/usager/documents.xhtml?export=expired");
      usager.go("/usager/journal.xhtml");
      assertThat(usager.text()).contains("Téléchargement de tout le porte-documents");

      // The journal, newest first, 20 entries a page: 21 downloads push the deposit to page 2.
      for (int i = 0; i < 21; i++) {
        assertThat(SessionHttp.get(usager, base, "/usager/files/document?id=" + document).status()).isEqualTo(200);
      }
      usager.go("/usager/journal.xhtml");
      assertThat(usager.text()).contains("Téléchargement").doesNotContain("Ajout —");
      usager.click("older");
      assertThat(usager.text()).contains("Opérations — page 2", "Ajout — " + fileName, "Téléchargement de tout le porte-documents");
      usager.assertAccessible().assertNoHorizontalScroll();
    }
  }

  @Test
  void theAdministratorChecksEveryVaultWithoutSeeingAnyContent() throws SQLException {
    String email;
    String document;
    try (Browser usager = Browser.open(base, Browser.PHONE)) {
      email = signUp(usager, "Nora Contrôle");
      usager.go("/usager/documents.xhtml");
      addFile(usager, "CAF_CERTIFICATE", SampleFiles.photo("Attestation CAF"), null);
      document = idOf(documents(usager).get(0).findElement(By.cssSelector("a.vault-download")).getAttribute("href"));
    }
    try (Browser admin = Browser.open(base, Browser.PHONE)) {
      admin.login(ADMIN.login(), ADMIN.password());
      admin.clickCss("a[href$='/admin/vault.xhtml']");
      assertThat(admin.heading()).isEqualTo("Porte-documents : contrôles et clés");
      admin.assertAccessible().assertNoHorizontalScroll();

      admin.click("check:run");
      assertThat(admin.text()).contains("Le contrôle d’intégrité est terminé.", "Tous les documents sont intacts");
      assertThat(Long.parseLong(admin.driver().findElement(By.id("count-ok")).getText())).isPositive();

      admin.click("reconcile:run");
      assertThat(admin.text()).contains("Le rapprochement est terminé.", "Objets vus dans le stockage");

      admin.type("journal:owner", UUID.randomUUID().toString()).click("journal:verify");
      assertThat(admin.text()).contains("Aucun compte d’usager n’a cet identifiant.");
      admin.type("journal:owner", publicIdOf(email)).click("journal:verify");
      assertThat(admin.driver().findElement(By.id("journal-report")).getText()).contains("journal intact");

      admin.click("ask-rotation");
      assertThat(admin.text()).contains("Confirmez-vous la rotation de la clé maître ?");
      admin.click("rotation:confirm");
      assertThat(admin.driver().findElement(By.id("rotation-report")).getText()).contains("Nouvelle version de la clé maître");

      // Nothing of any document on the page: ids and counts only.
      assertThat(admin.text()).doesNotContain("Attestation CAF", "Nora Contrôle");
      admin.assertAccessible().assertNoHorizontalScroll();
      admin.go("/admin/vault.xhtml?lang=ar");
      admin.assertAccessible().assertNoHorizontalScroll();
      admin.go("/admin/vault.xhtml?lang=fr");
      // An administrator reads no content.
      assertThat(admin.statusOf("/usager/files/document?id=" + document)).isNotEqualTo(200);
    }
    // After the rotation, the usager's document still opens: keys were re-wrapped, not lost.
    try (Browser usager = Browser.open(base, Browser.PHONE)) {
      usager.login(email, PASSWORD);
      assertThat(usager.statusOf("/usager/files/document?id=" + document)).isEqualTo(200);
    }
  }

  /** Signs a new usager up; returns their e-mail address. */
  private static String signUp(Browser browser, String name) {
    String email = "coffre-" + UUID.randomUUID() + "@example.org";
    browser.go("/signup.xhtml");
    browser
        .type("signup:name", name)
        .type("signup:email", email)
        .type("signup:password", PASSWORD)
        .type("signup:confirmation", PASSWORD)
        .click("signup:submit");
    assertThat(browser.path()).isEqualTo("/usager/demarches.xhtml");
    return email;
  }

  private static void addFile(Browser browser, String type, java.nio.file.Path file, LocalDate expires) {
    browser.open("#addBox");
    browser.select("add:type", type).attach("add:file", file);
    if (expires != null) {
      browser.set("add:expires", expires.toString());
    }
    browser.click("add:send");
  }

  private static List<WebElement> documents(Browser browser) {
    return browser.driver().findElements(By.cssSelector("li.vault-document"));
  }

  private static WebElement document(Browser browser, String typeLabel) {
    return documents(browser).stream()
        .filter(li -> li.findElement(By.cssSelector(".vault-document__title")).getText().equals(typeLabel))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No document of type " + typeLabel + " in " + browser.text()));
  }

  private static WebElement sharedBy(Browser worker, String usagerName) {
    return worker.driver().findElements(By.cssSelector("section.vault-shared")).stream()
        .filter(s -> s.findElement(By.tagName("h2")).getText().equals(usagerName))
        .findFirst()
        .orElseThrow(() -> new AssertionError("Nothing shared by " + usagerName + " in " + worker.text()));
  }

  private static String idOf(String url) {
    String query = url.substring(url.indexOf('?') + 1);
    for (String pair : query.split("[&#]")) {
      if (pair.startsWith("id=")) {
        return pair.substring(3);
      }
    }
    throw new AssertionError("No id in " + url);
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  private static String publicIdOf(String email) throws SQLException {
    try (Connection c = PortalTestEnvironment.database().connect();
        PreparedStatement ps = c.prepareStatement("SELECT public_id FROM account WHERE email = ?")) {
      ps.setString(1, email);
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).as("account %s", email).isTrue();
        return rs.getString(1);
      }
    }
  }
}
