package fr.paris.teleservices.portal.embedded;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.slf4j.LoggerFactory;

/**
 * An S3 server (S3Proxy, filesystem backend) on loopback, keeping its objects under the data
 * directory. It speaks the real S3 protocol with signed requests, so the portal uses it exactly as
 * it would use MinIO, Ceph or Garage in production. It only ever holds ciphertext.
 */
final class EmbeddedObjectStore implements AutoCloseable {

  private final S3Proxy proxy;
  private final String accessKey;
  private final String secretKey;

  private EmbeddedObjectStore(S3Proxy proxy, String accessKey, String secretKey) {
    this.proxy = proxy;
    this.accessKey = accessKey;
    this.secretKey = secretKey;
  }

  static EmbeddedObjectStore start(Path home) throws Exception {
    // At DEBUG, S3Proxy's throughput drops five- to seven-fold.
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
    Path objects = home.resolve("objects");
    Files.createDirectories(objects);
    Properties credentials = credentials(home.resolve("credentials.properties"));
    String accessKey = credentials.getProperty("access-key");
    String secretKey = credentials.getProperty("secret-key");
    Properties props = new Properties();
    props.setProperty("jclouds.filesystem.basedir", objects.toString());
    S3Proxy proxy =
        S3Proxy.builder()
            .blobStore(BlobStores.create("filesystem", props))
            .endpoint(URI.create("http://127.0.0.1:0"))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
            .build();
    proxy.start();
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (!"STARTED".equals(proxy.getState())) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("The embedded S3 server did not start within 30 s");
      }
      Thread.sleep(20);
    }
    return new EmbeddedObjectStore(proxy, accessKey, secretKey);
  }

  String endpoint() {
    return "http://127.0.0.1:" + proxy.getPort();
  }

  String accessKey() {
    return accessKey;
  }

  String secretKey() {
    return secretKey;
  }

  @Override
  public void close() throws Exception {
    proxy.stop();
  }

  private static Properties credentials(Path file) throws Exception {
    return SecretFile.loadOrCreate(
        file,
        () -> {
          HexFormat hex = HexFormat.of();
          Properties values = new Properties();
          values.setProperty("access-key", "portal-" + hex.formatHex(new SecureRandom().generateSeed(6)));
          values.setProperty("secret-key", hex.formatHex(new SecureRandom().generateSeed(24)));
          return values;
        });
  }
}
