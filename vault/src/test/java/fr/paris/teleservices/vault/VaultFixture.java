package fr.paris.teleservices.vault;

import fr.paris.teleservices.testsupport.TestDatabase;
import fr.paris.teleservices.testsupport.TestObjectStore;
import fr.paris.teleservices.vault.keys.MasterKeyStore;
import fr.paris.teleservices.vault.storage.S3Config;
import fr.paris.teleservices.vault.storage.S3ObjectStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * A real vault for one test class: a fresh MariaDB database, an S3Proxy bucket, a keystore in a
 * temporary directory. Tests reach behind the vault (SQL, raw object files) only to tamper and to
 * check that nothing was left behind.
 */
public final class VaultFixture implements AutoCloseable {

  public static final String BUCKET = "vault-test";
  public static final char[] PASSWORD = "keystore-password".toCharArray();

  public final TestDatabase database;
  public final TestObjectStore s3;
  public final Path home;
  public final Path keystore;
  /** Starts at the real time: the object store stamps objects with its own clock. */
  public final MutableClock clock = new MutableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
  public final MasterKeyStore masterKeys;
  public final S3ObjectStore store;
  public final Vault vault;

  private VaultFixture(VaultConfig.Builder config) {
    try {
      database = TestDatabase.create("vault");
      s3 = TestObjectStore.start();
      home = Files.createTempDirectory("vault-fixture");
      keystore = home.resolve("keys/vault-master.p12");
      masterKeys = MasterKeyStore.generateIfMissing(keystore, PASSWORD);
      store = S3ObjectStore.create(s3Config());
      store.ensureBucket();
      VaultSchema.migrate(database.dataSource());
      vault =
          Vault.builder(database.dataSource(), store, masterKeys)
              .config(config.spoolDirectory(spool()).build())
              .clock(clock)
              .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static VaultFixture start() {
    return new VaultFixture(VaultConfig.builder());
  }

  public static VaultFixture start(VaultConfig.Builder config) {
    return new VaultFixture(config);
  }

  public S3Config s3Config() {
    return S3Config.of(s3.endpoint(), "us-east-1", TestObjectStore.ACCESS_KEY, TestObjectStore.SECRET_KEY, BUCKET);
  }

  public DataSource dataSource() {
    return database.dataSource();
  }

  public Path spool() {
    return home.resolve("spool");
  }

  /** The file in which S3Proxy's filesystem backend keeps an object. */
  public Path objectFile(String objectKey) {
    return s3.directory().resolve(BUCKET).resolve(objectKey);
  }

  /** Regular files under the bucket directory (objects, and any multipart leftovers). */
  public List<Path> objectFiles() {
    Path bucket = s3.directory().resolve(BUCKET);
    if (!Files.exists(bucket)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(bucket)) {
      return files.filter(Files::isRegularFile).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<Path> spoolFiles() {
    try (Stream<Path> files = Files.list(spool())) {
      return files.toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String objectKey(String documentId) {
    return queryString("SELECT object_key FROM vault_document WHERE id = '" + documentId + "'");
  }

  public long count(String sql) {
    try (Connection c = database.connect();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public String queryString(String sql) {
    try (Connection c = database.connect();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public List<String> queryStrings(String sql) {
    try (Connection c = database.connect();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rs.next()) {
        values.add(rs.getString(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public int execute(String sql) {
    try (Connection c = database.connect();
        Statement st = c.createStatement()) {
      return st.executeUpdate(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    vault.close();
    s3.close();
    database.close();
    deleteTree(s3.directory());
    deleteTree(home);
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
