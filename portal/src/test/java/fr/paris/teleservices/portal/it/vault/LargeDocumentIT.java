package fr.paris.teleservices.portal.it.vault;

import fr.paris.teleservices.portal.it.support.LauncherProcess;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paris.teleservices.portal.account.DemoAccounts;
import fr.paris.teleservices.vault.TestFiles;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The promise, end to end through the portal: a 200 MiB document goes into the vault and
 * comes back intact from a portal whose heap is 256 MiB — started with the README's run command
 * ({@code PORTAL_JAVA_OPTS=-Xmx256m}), logged into and used over plain HTTP like a browser would,
 * the upload streamed from disk and the download streamed into a hash. The portal must still be
 * alive afterwards, with no OutOfMemoryError in its log.
 */
class LargeDocumentIT {

  private static final Path DATA = Path.of("target", "vault-memory-it-data").toAbsolutePath();
  private static final long SIZE = 200L * 1024 * 1024;
  private static final String HEAP = "-Xmx256m";
  private static final Pattern DOCUMENT_ID = Pattern.compile("/usager/files/document\\?id=([0-9a-f-]{36})\"");

  @Test
  void aDocumentOf200MiBGoesInAndComesBackThroughAPortalWith256MiBOfHeap() throws Exception {
    deleteRecursively(DATA);
    Files.createDirectories(DATA);
    Path pdf = DATA.resolve("releves-bancaires-2025.pdf");
    String sent = writeLargePdf(pdf);
    assertThat(Files.size(pdf)).isBetween(SIZE - 4096, SIZE + 4096);

    int port = LauncherProcess.freePort();
    Map<String, String> env =
        Map.of(
            "PORTAL_DATA_DIR", DATA.toString(),
            "PORTAL_HTTP_PORT", Integer.toString(port),
            "PORTAL_JAVA_OPTS", HEAP,
            "PORTAL_VAULT_MAX_DOCUMENT_BYTES", "220000000",
            "PORTAL_VAULT_QUOTA_BYTES", "1000000000");
    try (LauncherProcess launcher = LauncherProcess.start(env)) {
      assertThat(launcher.awaitLine("Portal ready", 420)).as("start: %s", launcher.output()).isTrue();
      ProcessHandle portal = launcher.portal().orElseThrow(() -> new AssertionError("No Payara JVM under the launcher"));
      assertThat(portal.info().arguments().map(List::of).orElseThrow()).contains(HEAP);

      FacesClient browser = new FacesClient("http://127.0.0.1:" + port);
      logIn(browser, DemoAccounts.ALL.get(0));

      HttpResponse<String> page = browser.get("/usager/documents.xhtml");
      assertThat(page.statusCode()).isEqualTo(200);
      FacesClient.Form add = FacesClient.form(page.body(), "add").with("add:type", "BANK_DETAILS");
      long upStart = System.nanoTime();
      HttpResponse<String> uploaded = browser.postFile(add, "add:send", "add:file", pdf, "application/pdf");
      double upSeconds = (System.nanoTime() - upStart) / 1e9;
      assertThat(uploaded.statusCode()).as("upload answer: %s", uploaded.body()).isEqualTo(302);
      assertThat(uploaded.headers().firstValue("Location").orElse("")).endsWith("/usager/documents.xhtml");

      HttpResponse<String> list = browser.get("/usager/documents.xhtml");
      assertThat(list.body()).contains("Le document est dans votre porte-documents.", "releves-bancaires-2025.pdf", "200 Mo");
      Matcher id = DOCUMENT_ID.matcher(list.body());
      assertThat(id.find()).isTrue();

      long downStart = System.nanoTime();
      HttpResponse<InputStream> download = browser.stream("/usager/files/document?id=" + id.group(1));
      assertThat(download.statusCode()).isEqualTo(200);
      assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      long received = 0;
      try (InputStream in = download.body()) {
        byte[] buffer = new byte[256 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          sha256.update(buffer, 0, n);
          received += n;
        }
      }
      double downSeconds = (System.nanoTime() - downStart) / 1e9;
      assertThat(received).isEqualTo(Files.size(pdf));
      assertThat(HexFormat.of().formatHex(sha256.digest())).isEqualTo(sent);

      assertThat(launcher.isAlive()).isTrue();
      assertThat(portal.isAlive()).isTrue();
      assertThat(browser.get("/health/live").statusCode()).isEqualTo(200);
      String log = Files.readString(DATA.resolve("logs/portal.log"));
      assertThat(log).doesNotContain("OutOfMemoryError");
      System.out.printf(
          Locale.ROOT,
          "Large document through the portal: %.1f MiB, heap %s, up %.1f s (%.1f MiB/s), down %.1f s (%.1f MiB/s), portal peak RSS %s%n",
          Files.size(pdf) / 1048576.0, HEAP, upSeconds, Files.size(pdf) / 1048576.0 / upSeconds, downSeconds,
          received / 1048576.0 / downSeconds, peakResidentSet(portal));
    } finally {
      Files.deleteIfExists(pdf);
      deleteRecursively(DATA.resolve("s3"));
    }
  }

  private static void logIn(FacesClient browser, DemoAccounts.Demo usager) throws IOException, InterruptedException {
    HttpResponse<String> login = browser.get("/login.xhtml");
    FacesClient.Form form =
        FacesClient.form(login.body(), "login").with("login:identifier", usager.login()).with("login:password", usager.password());
    HttpResponse<String> answer = browser.post(form, "login:submit");
    assertThat(answer.statusCode()).as("login answer: %s", answer.body()).isEqualTo(302);
    assertThat(answer.headers().firstValue("Location").orElse("")).endsWith("/usager/demarches.xhtml");
  }

  /** A valid one-page PDF whose image holds incompressible samples, written as it streams; its SHA-256. */
  private static String writeLargePdf(Path file) throws IOException, NoSuchAlgorithmException {
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 20), sha256)) {
      TestFiles.writePdf(out, SIZE, 2026);
    }
    return HexFormat.of().formatHex(sha256.digest());
  }

  /** The portal JVM's peak resident memory (Linux), for the report. */
  private static String peakResidentSet(ProcessHandle portal) {
    try {
      return Files.readAllLines(Path.of("/proc", Long.toString(portal.pid()), "status")).stream()
          .filter(l -> l.startsWith("VmHWM:"))
          .map(l -> l.substring("VmHWM:".length()).strip())
          .findFirst()
          .orElse("unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
