package fr.paris.teleservices.vault.antivirus;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paris.teleservices.vault.TestFiles;
import fr.paris.teleservices.vault.Vault;
import fr.paris.teleservices.vault.VaultConfig;
import fr.paris.teleservices.vault.VaultFixture;
import fr.paris.teleservices.vault.access.Actor;
import fr.paris.teleservices.vault.document.DepositRequest;
import fr.paris.teleservices.vault.document.DocumentType;
import fr.paris.teleservices.vault.upload.RefusalReason;
import fr.paris.teleservices.vault.upload.UploadRefusedException;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AntivirusTest {

  static VaultFixture fx;

  @BeforeAll
  static void start() {
    fx = VaultFixture.start();
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  @AfterEach
  void refusalsLeaveNothing() {
    assertThat(fx.count("SELECT COUNT(*) FROM vault_document WHERE document_type = 'OTHER'")).isZero();
    // Every object left in the bucket belongs to a document that was kept.
    assertThat(fx.objectFiles()).hasSize((int) fx.count("SELECT COUNT(*) FROM vault_document"));
    assertThat(fx.spoolFiles()).isEmpty();
  }

  static Vault vaultScanningWith(int port) {
    return Vault.builder(fx.dataSource(), fx.store, fx.masterKeys)
        .config(VaultConfig.builder().spoolDirectory(fx.spool()).antivirus(ClamdConfig.of("127.0.0.1", port)).build())
        .build();
  }

  static void deposit(Vault vault, byte[] content, String name, DocumentType type) {
    vault.deposit(Actor.usager("u-" + UUID.randomUUID(), "U"), DepositRequest.of(new ByteArrayInputStream(content), name, null, type));
  }

  static RefusalReason refusal(Vault vault, byte[] content, String name) {
    try {
      deposit(vault, content, name, DocumentType.OTHER);
      throw new AssertionError("accepted");
    } catch (UploadRefusedException e) {
      return e.reason();
    }
  }

  @Test
  void cleanFilesAreScannedAndKept() throws Exception {
    try (ClamdStub clamd = new ClamdStub(null, 25 * 1024 * 1024);
        Vault vault = vaultScanningWith(clamd.port())) {
      deposit(vault, TestFiles.pdf("propre"), "propre.pdf", DocumentType.TAX_NOTICE);
      deposit(vault, TestFiles.jpeg(200, 100), "photo.jpg", DocumentType.TAX_NOTICE);
      assertThat(clamd.scans.get()).isEqualTo(2);
    }
  }

  @Test
  void aPdfCarryingEicarIsRefusedAndNothingKept() throws Exception {
    try (ClamdStub clamd = new ClamdStub(null, 25 * 1024 * 1024);
        Vault vault = vaultScanningWith(clamd.port())) {
      assertThat(refusal(vault, TestFiles.pdfWithEicar(), "facture.pdf")).isEqualTo(RefusalReason.MALWARE_DETECTED);
    }
  }

  @Test
  void noVerdictMeansNoDocument() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    try (Vault vault = vaultScanningWith(closed)) {
      assertThat(refusal(vault, TestFiles.pdf("x"), "x.pdf")).isEqualTo(RefusalReason.ANTIVIRUS_UNAVAILABLE);
    }
    try (ClamdStub clamd = new ClamdStub(null, 100);
        Vault vault = vaultScanningWith(clamd.port())) {
      assertThat(refusal(vault, TestFiles.pdf("x"), "x.pdf")).isEqualTo(RefusalReason.ANTIVIRUS_UNAVAILABLE);
    }
    try (ClamdStub clamd = new ClamdStub("stream: lstat() failed: Permission denied. ERROR", 25 * 1024 * 1024);
        Vault vault = vaultScanningWith(clamd.port())) {
      assertThat(refusal(vault, TestFiles.pdf("x"), "x.pdf")).isEqualTo(RefusalReason.ANTIVIRUS_UNAVAILABLE);
    }
  }
}
