package fr.paris.teleservices.portal.it;

import fr.paris.teleservices.testsupport.TestDatabase;
import fr.paris.teleservices.testsupport.TestObjectStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts, once per test JVM and before Arquillian starts Payara Micro, the real services the
 * portal needs: a MariaDB database (the machine's when TELESERVICES_TEST_DB_URL is set, else an
 * embedded MariaDB 11.4) and an S3 server (S3Proxy). Their coordinates reach the portal as system
 * properties on Payara's command line ({@code portal.it.jvmOptions}, read by arquillian.xml).
 */
public class PortalTestEnvironment implements LauncherSessionListener {

  private static TestDatabase database;
  private static TestObjectStore objectStore;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (database != null || System.getProperty("portal.war") == null) {
      return; // Not the failsafe run of the portal module (e.g. unit tests): nothing to start.
    }
    database = TestDatabase.create("portal");
    objectStore = TestObjectStore.start();
    Path keys = workDirectory().resolve("keys");
    String options =
        String.join(
            " ",
            List.of(
                "-Xmx384m",
                "-Dportal.db.url=" + database.url(),
                "-Dportal.db.user=" + database.user(),
                "-Dportal.db.password=" + database.password(),
                "-Dportal.s3.endpoint=" + objectStore.endpoint(),
                "-Dportal.s3.access-key=" + TestObjectStore.ACCESS_KEY,
                "-Dportal.s3.secret-key=" + TestObjectStore.SECRET_KEY,
                "-Dportal.s3.bucket=portal-it",
                "-Dportal.vault.keystore.path=" + keys.resolve("master-key.p12"),
                "-Dportal.vault.keystore.password=it-keystore-password",
                "-Dportal.vault.keystore.generate=true",
                // The demo staff accounts give the tests one account per role.
                "-Dportal.demo-accounts=true"));
    System.setProperty("portal.it.jvmOptions", options);
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (objectStore != null) {
      objectStore.close();
    }
    if (database != null) {
      database.close();
    }
  }

  /** The test database, for tests that check what the portal wrote. */
  public static TestDatabase database() {
    return database;
  }

  private static Path workDirectory() {
    try {
      return Files.createDirectories(Path.of("target", "it-work").toAbsolutePath());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
