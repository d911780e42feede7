package fr.paris.teleservices.vault.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import fr.paris.teleservices.testsupport.TestObjectStore;
import fr.paris.teleservices.vault.TestFiles;
import fr.paris.teleservices.vault.Vault;
import fr.paris.teleservices.vault.VaultConfig;
import fr.paris.teleservices.vault.VaultFixture;
import fr.paris.teleservices.vault.access.Actor;
import fr.paris.teleservices.vault.document.DepositRequest;
import fr.paris.teleservices.vault.document.DocumentSummary;
import fr.paris.teleservices.vault.document.DocumentType;
import fr.paris.teleservices.vault.document.ReadPurpose;
import fr.paris.teleservices.vault.upload.RefusalReason;
import fr.paris.teleservices.vault.upload.UploadRefusedException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The object store refusing connections, answering 503, or hanging: a clear refusal, nothing recorded. */
class StorageFailureTest {

  static VaultFixture fx;

  @BeforeAll
  static void start() {
    fx = VaultFixture.start();
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  static Vault vaultOn(String endpoint) {
    S3Config config =
        S3Config.of(endpoint, "us-east-1", TestObjectStore.ACCESS_KEY, TestObjectStore.SECRET_KEY, VaultFixture.BUCKET)
            .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));
    return Vault.builder(fx.dataSource(), S3ObjectStore.create(config), fx.masterKeys)
        .config(VaultConfig.builder().spoolDirectory(fx.spool()).build())
        .build();
  }

  static void assertDepositRefusedAndNothingRecorded(Vault vault) {
    Actor.Usager owner = Actor.usager("u-" + UUID.randomUUID(), "Usager");
    long started = System.nanoTime();
    assertThatThrownBy(
            () ->
                vault.deposit(
                    owner, DepositRequest.of(new ByteArrayInputStream(TestFiles.pdf("x")), "x.pdf", null, DocumentType.OTHER)))
        .isInstanceOfSatisfying(UploadRefusedException.class, e -> assertThat(e.reason()).isEqualTo(RefusalReason.STORAGE_UNAVAILABLE));
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
    assertThat(fx.count("SELECT COUNT(*) FROM vault_document WHERE owner_id = '" + owner.ownerId() + "'")).isZero();
    assertThat(fx.count("SELECT COUNT(*) FROM vault_journal WHERE owner_id = '" + owner.ownerId() + "'")).isZero();
    assertThat(fx.spoolFiles()).isEmpty();
  }

  static int closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @Test
  void refusedConnections() throws Exception {
    try (Vault vault = vaultOn("http://127.0.0.1:" + closedPort())) {
      assertDepositRefusedAndNothingRecorded(vault);
    }
  }

  @Test
  void serviceUnavailable() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          byte[] body =
              "<?xml version=\"1.0\"?><Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>".getBytes();
          exchange.sendResponseHeaders(503, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    try (Vault vault = vaultOn("http://127.0.0.1:" + server.getAddress().getPort())) {
      assertDepositRefusedAndNothingRecorded(vault);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aServerThatNeverAnswers() throws Exception {
    List<Socket> accepted = new ArrayList<>();
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread acceptor =
          new Thread(
              () -> {
                try {
                  while (true) {
                    accepted.add(silent.accept());
                  }
                } catch (Exception e) {
                  // closed at the end of the test
                }
              });
      acceptor.setDaemon(true);
      acceptor.start();
      try (Vault vault = vaultOn("http://127.0.0.1:" + silent.getLocalPort())) {
        assertDepositRefusedAndNothingRecorded(vault);
      }
    } finally {
      for (Socket socket : accepted) {
        socket.close();
      }
    }
  }

  @Test
  void aReadWhileTheStoreIsDownIsATypedFailure() throws Exception {
    Actor.Usager owner = Actor.usager("u-" + UUID.randomUUID(), "Usager");
    DocumentSummary d =
        fx.vault.deposit(owner, DepositRequest.of(new ByteArrayInputStream(TestFiles.pdf("x")), "x.pdf", null, DocumentType.OTHER));
    try (Vault vault = vaultOn("http://127.0.0.1:" + closedPort())) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertThatThrownBy(() -> vault.read(owner, d.id(), ReadPurpose.DOWNLOAD, out)).isInstanceOf(StorageUnavailableException.class);
      assertThat(out.size()).isZero();
    }
  }
}
