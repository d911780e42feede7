package fr.paris.teleservices.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;

/**
 * A real S3 protocol server (S3Proxy, filesystem backend) on a random loopback port, for tests.
 * Credentials are checked (AWS V2/V4 signatures) exactly as a production S3 endpoint would.
 */
public final class TestObjectStore implements AutoCloseable {

  public static final String ACCESS_KEY = "test-access-key";
  public static final String SECRET_KEY = "test-secret-key-0123456789";

  private final S3Proxy proxy;
  private final Path directory;

  private TestObjectStore(S3Proxy proxy, Path directory) {
    this.proxy = proxy;
    this.directory = directory;
  }

  public static TestObjectStore start() {
    // At DEBUG its throughput drops several times; tests measure nothing useful at that level.
    Logger.getLogger("org.gaul").setLevel(Level.WARNING);
    Logger.getLogger("org.gaul.shaded").setLevel(Level.WARNING);
    try {
      Path dir = Files.createTempDirectory("s3proxy-test");
      Properties props = new Properties();
      props.setProperty("jclouds.filesystem.basedir", dir.toString());
      S3Proxy proxy =
          S3Proxy.builder()
              .blobStore(BlobStores.create("filesystem", props))
              .endpoint(URI.create("http://127.0.0.1:0"))
              .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
              .build();
      proxy.start();
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (!"STARTED".equals(proxy.getState())) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("S3Proxy did not start in 30 s");
        }
        Thread.sleep(20);
      }
      return new TestObjectStore(proxy, dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("Could not start S3Proxy", e);
    }
  }

  public String endpoint() {
    return "http://127.0.0.1:" + proxy.getPort();
  }

  public int port() {
    return proxy.getPort();
  }

  /** Where the filesystem backend keeps the objects: tests read raw ciphertext from here. */
  public Path directory() {
    return directory;
  }

  @Override
  public void close() {
    try {
      proxy.stop();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
