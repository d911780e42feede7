package fr.paris.teleservices.portal.embedded;

import fr.paris.teleservices.portal.account.DemoAccounts;
import fr.paris.teleservices.portal.config.ConfigKeys;
import fr.paris.teleservices.portal.config.ServiceCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The README's run command: starts whatever is not configured (MariaDB, S3 server, master key) as
 * an embedded service under the data directory, checks whatever is configured, then runs the portal
 * on Payara Micro and waits until it is ready. Ctrl-C stops everything; the data stays.
 *
 * <p>Arguments: {@code --war <portal.war> --payara <payara-micro.jar>}.
 */
public final class Launcher {

  private static final String DEFAULT_BUCKET = "teleservices-vault";
  private static final String DEFAULT_REGION = "us-east-1";

  private final LauncherSettings settings = new LauncherSettings();
  private final Deque<AutoCloseable> started = new ArrayDeque<>();
  private final Map<String, String> environment = new LinkedHashMap<>();

  public static void main(String[] args) throws Exception {
    // Before the first logger exists: the embedded services log through logback.
    System.setProperty(
        "logback.configurationFile", "fr/paris/teleservices/portal/embedded/launcher-logback.xml");
    Launcher launcher = new Launcher();
    Runtime.getRuntime().addShutdownHook(new Thread(launcher::stopAll, "portal-shutdown"));
    try {
      int status = launcher.run(argument(args, "--war"), argument(args, "--payara"));
      System.exit(status);
    } catch (ConfigurationError e) {
      System.err.println(e.getMessage());
      System.exit(2);
    }
  }

  private int run(Path war, Path payara) throws Exception {
    long start = System.nanoTime();
    Path data = settings.dataDir();
    Files.createDirectories(data);
    int port = settings.httpPort();
    say("Data directory: " + data);
    ChildProcessRecord portalRecord = new ChildProcessRecord(data.resolve("portal.process"), "the portal");
    portalRecord.stopLeftover();

    boolean embeddedDatabase = prepareDatabase(data);
    prepareObjectStore(data);
    prepareMasterKey(data);
    environment.putIfAbsent(
        ConfigKeys.environmentName(ConfigKeys.PUBLIC_URL),
        settings.get(ConfigKeys.PUBLIC_URL).orElse("http://localhost:" + port));
    if (embeddedDatabase && !settings.isSet(ConfigKeys.DEMO_ACCOUNTS)) {
      environment.put(ConfigKeys.environmentName(ConfigKeys.DEMO_ACCOUNTS), "true");
    }

    Path log = data.resolve("logs").resolve("portal.log");
    say("Starting the portal on Payara Micro (log: " + log + ")…");
    PortalProcess portal = PortalProcess.start(payara, war, port, log, environment, jvmOptions());
    portalRecord.record(portal.handle());
    started.push(
        () -> {
          portal.close();
          portalRecord.forget();
        });
    if (!portal.awaitReady(port, Duration.ofMinutes(4))) {
      List<String> reasons = portal.explainFailure();
      if (reasons.isEmpty()) {
        System.err.println("The portal did not start. See " + log);
      } else {
        reasons.forEach(System.err::println);
      }
      return 1;
    }
    say(String.format("Portal ready in %.1f s: http://localhost:%d/", seconds(start), port));
    if ("true".equals(environment.get(ConfigKeys.environmentName(ConfigKeys.DEMO_ACCOUNTS)))) {
      say("Demo accounts (embedded mode only):");
      for (DemoAccounts.Demo demo : DemoAccounts.ALL) {
        say(String.format("  %-16s %-28s password: %s", demo.role(), demo.login(), demo.password()));
      }
    }
    say("Press Ctrl-C to stop. Your data stays in " + data);
    return portal.waitFor();
  }

  private boolean prepareDatabase(Path data) throws Exception {
    if (settings.isSet(ConfigKeys.DB_URL)) {
      String url = settings.require(ConfigKeys.DB_URL);
      Optional<String> problem =
          ServiceCheck.database(
              url,
              settings.get(ConfigKeys.DB_USER).orElse(""),
              settings.get(ConfigKeys.DB_PASSWORD).orElse(""));
      if (problem.isPresent()) {
        throw new ConfigurationError(problem.get());
      }
      say("Database: " + ConfigKeys.environmentName(ConfigKeys.DB_URL) + " (external)");
      return false;
    }
    long t = System.nanoTime();
    say("Starting the embedded MariaDB…");
    EmbeddedDatabase db = EmbeddedDatabase.start(data.resolve("mariadb"));
    started.push(db);
    putEnv(ConfigKeys.DB_URL, db.jdbcUrl());
    putEnv(ConfigKeys.DB_USER, db.user());
    putEnv(ConfigKeys.DB_PASSWORD, db.password());
    say(String.format("  embedded MariaDB ready (%.1f s)", seconds(t)));
    return true;
  }

  private void prepareObjectStore(Path data) throws Exception {
    String bucket = settings.get(ConfigKeys.S3_BUCKET).orElse(DEFAULT_BUCKET);
    if (settings.isSet(ConfigKeys.S3_ENDPOINT)) {
      Optional<String> problem =
          ServiceCheck.objectStore(
              settings.require(ConfigKeys.S3_ENDPOINT),
              settings.get(ConfigKeys.S3_REGION).orElse(DEFAULT_REGION),
              settings.require(ConfigKeys.S3_ACCESS_KEY),
              settings.require(ConfigKeys.S3_SECRET_KEY),
              bucket);
      if (problem.isPresent()) {
        throw new ConfigurationError(problem.get());
      }
      say("Object store: " + ConfigKeys.environmentName(ConfigKeys.S3_ENDPOINT) + " (external)");
      return;
    }
    long t = System.nanoTime();
    EmbeddedObjectStore s3 = EmbeddedObjectStore.start(data.resolve("s3"));
    started.push(s3);
    putEnv(ConfigKeys.S3_ENDPOINT, s3.endpoint());
    putEnv(ConfigKeys.S3_REGION, DEFAULT_REGION);
    putEnv(ConfigKeys.S3_ACCESS_KEY, s3.accessKey());
    putEnv(ConfigKeys.S3_SECRET_KEY, s3.secretKey());
    putEnv(ConfigKeys.S3_BUCKET, bucket);
    say(String.format("  embedded S3 server ready (%.1f s)", seconds(t)));
  }

  private void prepareMasterKey(Path data) throws Exception {
    if (settings.isSet(ConfigKeys.KEYSTORE_PATH)) {
      Path keystore = Path.of(settings.require(ConfigKeys.KEYSTORE_PATH));
      if (!Files.isReadable(keystore)) {
        throw new ConfigurationError(
            ConfigKeys.KEYSTORE_PATH, "names a file that cannot be read: " + keystore);
      }
      settings.require(ConfigKeys.KEYSTORE_PASSWORD);
      return;
    }
    // Embedded mode: the master key lives in a PKCS#12 file beside — never inside — the database.
    Path keys = data.resolve("keys");
    Properties secret =
        SecretFile.loadOrCreate(
            keys.resolve("keystore-password.properties"),
            () -> {
              Properties p = new Properties();
              p.setProperty("password", HexFormat.of().formatHex(new SecureRandom().generateSeed(24)));
              return p;
            });
    putEnv(ConfigKeys.KEYSTORE_PATH, keys.resolve("master-key.p12").toString());
    putEnv(ConfigKeys.KEYSTORE_PASSWORD, secret.getProperty("password"));
    putEnv(ConfigKeys.KEYSTORE_GENERATE, "true");
  }

  private List<String> jvmOptions() {
    String configured = System.getenv("PORTAL_JAVA_OPTS");
    String options = configured == null || configured.isBlank() ? "-Xmx256m" : configured;
    return Arrays.asList(options.trim().split("\\s+"));
  }

  private void putEnv(String key, String value) {
    environment.put(ConfigKeys.environmentName(key), value);
  }

  private void stopAll() {
    while (!started.isEmpty()) {
      try {
        started.pop().close();
      } catch (Exception e) {
        System.err.println("While stopping: " + e.getMessage());
      }
    }
  }

  private static Path argument(String[] args, String name) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return Path.of(args[i + 1]).toAbsolutePath();
      }
    }
    throw new IllegalArgumentException("Missing argument " + name);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static void say(String line) {
    System.out.println("[portal] " + line);
  }
}
