package fr.paris.teleservices.portal.it.embedded;

import fr.paris.teleservices.portal.it.support.LauncherProcess;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paris.teleservices.portal.it.PortalTestEnvironment;
import fr.paris.teleservices.portal.it.browser.Browser;
import fr.paris.teleservices.testsupport.TestObjectStore;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The run command on a machine with nothing but a JDK: embedded MariaDB and S3 server under the
 * data directory, demo accounts, and data that survives a restart. Also: a wrong external setting
 * stops start-up with one line naming it.
 */
class EmbeddedModeIT {

  private static final Path DATA = Path.of("target", "embedded-it-data").toAbsolutePath();

  @Test
  void accountsSurviveARestartOfThePortal() throws Exception {
    deleteRecursively(DATA);
    int port = LauncherProcess.freePort();
    Map<String, String> env = Map.of("PORTAL_DATA_DIR", DATA.toString(), "PORTAL_HTTP_PORT", Integer.toString(port));
    URL base = new URL("http://localhost:" + port + "/");
    String email = "restart-" + UUID.randomUUID() + "@example.org";
    String password = "une phrase pour redémarrer";

    try (LauncherProcess first = LauncherProcess.start(env)) {
      assertThat(first.awaitLine("Portal ready", 300)).as("first start: %s", first.output()).isTrue();
      assertThat(String.join("\n", first.output())).contains("admin.demo", "ts.demo", "agent.demo");
      String databasePassword = generatedDatabasePassword();
      assertThat(first.output())
          .as("the console never shows the generated database password")
          .noneMatch(line -> line.contains(databasePassword));
      try (Browser browser = Browser.open(base, Browser.PHONE)) {
        browser.go("/signup.xhtml");
        browser
            .type("signup:name", "Rémi Restart")
            .type("signup:email", email)
            .type("signup:password", password)
            .type("signup:confirmation", password)
            .click("signup:submit");
        assertThat(browser.path()).isEqualTo("/usager/demarches.xhtml");
      }
    }
    assertThat(DATA.resolve("mariadb/data")).isDirectory();
    assertThat(DATA.resolve("keys/keystore-password.properties")).exists();

    ProcessHandle orphanedPortal;
    ProcessHandle orphanedDatabase;
    try (LauncherProcess second = LauncherProcess.start(env)) {
      assertThat(second.awaitLine("Portal ready", 300)).as("second start: %s", second.output()).isTrue();
      logInAndSeeMyName(base, email, password);
      orphanedPortal = second.portal().orElseThrow();
      orphanedDatabase = embeddedDatabaseProcess().orElseThrow();
      // A crash of the launcher itself: the database and the portal go on running, orphaned.
      second.kill();
    }
    assertThat(orphanedDatabase.isAlive()).isTrue();

    try (LauncherProcess third = LauncherProcess.start(env)) {
      assertThat(third.awaitLine("Portal ready", 300))
          .as("a start after a crash stops what the crash left running: %s", third.output())
          .isTrue();
      assertThat(String.join("\n", third.output())).contains("left running by an earlier start");
      assertThat(orphanedPortal.isAlive()).isFalse();
      assertThat(orphanedDatabase.isAlive()).isFalse();
      logInAndSeeMyName(base, email, password);
    }
    assertThat(embeddedDatabaseProcess()).as("Ctrl-C leaves no database behind").isEmpty();
  }

  private static void logInAndSeeMyName(URL base, String email, String password) {
    try (Browser browser = Browser.open(base, Browser.PHONE)) {
      browser.go("/login.xhtml");
      browser.type("login:identifier", email).type("login:password", password).click("login:submit");
      assertThat(browser.path()).isEqualTo("/usager/demarches.xhtml");
      assertThat(browser.text()).contains("Rémi Restart");
    }
  }

  private static Optional<ProcessHandle> embeddedDatabaseProcess() {
    String dataDir = "--datadir=" + DATA.resolve("mariadb/data");
    return ProcessHandle.allProcesses()
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().arguments().map(a -> List.of(a).contains(dataDir)).orElse(false))
        .findFirst();
  }

  private static String generatedDatabasePassword() throws Exception {
    Properties secret = new Properties();
    try (var in = Files.newInputStream(DATA.resolve("mariadb/portal-user.properties"))) {
      secret.load(in);
    }
    return secret.getProperty("password");
  }

  @Test
  void anUnreachableDatabaseStopsStartUpWithOneLineNamingTheSetting() throws Exception {
    try (LauncherProcess launcher =
        LauncherProcess.start(
            Map.of(
                "PORTAL_DATA_DIR", DATA.resolve("unused").toString(),
                "PORTAL_DB_URL", "jdbc:mariadb://127.0.0.1:1/teleservices",
                "PORTAL_DB_USER", "portal",
                "PORTAL_DB_PASSWORD", "secret-password"))) {
      assertThat(launcher.awaitExit(60)).isEqualTo(2);
      assertThat(errorLine(launcher))
          .startsWith("Configuration error: PORTAL_DB_URL (portal.db.url) cannot be reached")
          .doesNotContain("secret-password");
    }
  }

  @Test
  void wrongS3CredentialsStopStartUpWithOneLineNamingTheSetting() throws Exception {
    try (TestObjectStore s3 = TestObjectStore.start();
        LauncherProcess launcher =
            LauncherProcess.start(
                Map.of(
                    "PORTAL_DATA_DIR", DATA.resolve("unused").toString(),
                    "PORTAL_DB_URL", PortalTestEnvironment.database().url(),
                    "PORTAL_DB_USER", PortalTestEnvironment.database().user(),
                    "PORTAL_DB_PASSWORD", PortalTestEnvironment.database().password(),
                    "PORTAL_S3_ENDPOINT", s3.endpoint(),
                    "PORTAL_S3_ACCESS_KEY", TestObjectStore.ACCESS_KEY,
                    "PORTAL_S3_SECRET_KEY", "not-the-secret"))) {
      assertThat(launcher.awaitExit(60)).isEqualTo(2);
      assertThat(errorLine(launcher))
          .startsWith("Configuration error: PORTAL_S3_")
          .contains("PORTAL_S3_SECRET_KEY");
    }
  }

  /** The one line that explains the failure; no stack trace around it. */
  private static String errorLine(LauncherProcess launcher) {
    assertThat(launcher.output()).noneMatch(l -> l.startsWith("\tat ") || l.contains("Exception"));
    assertThat(launcher.output()).filteredOn(l -> l.startsWith("Configuration error:")).hasSize(1);
    return launcher.output().stream().filter(l -> l.startsWith("Configuration error:")).findFirst().orElseThrow();
  }

  private static void deleteRecursively(Path dir) throws Exception {
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
