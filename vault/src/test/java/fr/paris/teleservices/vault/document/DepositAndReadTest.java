package fr.paris.teleservices.vault.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.paris.teleservices.vault.TestFiles;
import fr.paris.teleservices.vault.VaultConfig;
import fr.paris.teleservices.vault.VaultFixture;
import fr.paris.teleservices.vault.access.ActionNotAllowedException;
import fr.paris.teleservices.vault.access.Actor;
import fr.paris.teleservices.vault.journal.JournalAction;
import fr.paris.teleservices.vault.journal.JournalEntry;
import fr.paris.teleservices.vault.upload.RefusalReason;
import fr.paris.teleservices.vault.upload.UploadRefusedException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DepositAndReadTest {

  static VaultFixture fx;

  @BeforeAll
  static void start() {
    fx = VaultFixture.start(VaultConfig.builder().quotaDocuments(4).quotaBytes(3 * 1024 * 1024));
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  static Actor.Usager newUsager() {
    return Actor.usager("u-" + UUID.randomUUID(), "Awa Diallo");
  }

  static DocumentSummary deposit(Actor actor, byte[] content, String name, String type) {
    return fx.vault.deposit(
        actor, DepositRequest.of(new ByteArrayInputStream(content), name, type, DocumentType.TAX_NOTICE));
  }

  static byte[] read(Actor actor, String id) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    fx.vault.read(actor, id, ReadPurpose.DOWNLOAD, out);
    return out.toByteArray();
  }

  @Test
  void aDepositedPdfComesBackByteForByteWithItsMetadata() throws Exception {
    Actor.Usager awa = newUsager();
    byte[] pdf = TestFiles.pdf("Avis d'imposition 2024");
    DocumentSummary summary =
        fx.vault.deposit(
            awa,
            DepositRequest.of(new ByteArrayInputStream(pdf), "avis 2024.pdf", "application/pdf", DocumentType.TAX_NOTICE)
                .withDates(LocalDate.of(2024, 8, 1), LocalDate.of(2025, 12, 31)));

    assertThat(summary.contentType()).isEqualTo("application/pdf");
    assertThat(summary.fileName()).isEqualTo("avis 2024.pdf");
    assertThat(summary.size()).isEqualTo(pdf.length);
    assertThat(summary.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
    assertThat(read(awa, summary.id())).isEqualTo(pdf);
    assertThat(fx.vault.documents(awa))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.type()).isEqualTo(DocumentType.TAX_NOTICE);
              assertThat(d.issueDate()).isEqualTo(LocalDate.of(2024, 8, 1));
              assertThat(d.expiryDate()).isEqualTo(LocalDate.of(2025, 12, 31));
              assertThat(d.depositedAt()).isEqualTo(fx.clock.instant());
            });
  }

  @Test
  void theStoredObjectIsCiphertextOnly() throws Exception {
    Actor.Usager awa = newUsager();
    byte[] pdf = TestFiles.pdf("Numero fiscal 1234567890123");
    DocumentSummary summary = deposit(awa, pdf, "avis.pdf", "application/pdf");
    byte[] stored = java.nio.file.Files.readAllBytes(fx.objectFile(fx.objectKey(summary.id())));
    assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("%PDF").doesNotContain("1234567890123");
    assertThat(stored.length).isGreaterThan(pdf.length);
  }

  @Test
  void aReadIsJournaledWithTheActorAndTheAgentsMandate() {
    Actor.Usager awa = newUsager();
    Actor.Agent agent = Actor.agent("agent-7", "Karim B. (EPS 18)", awa.ownerId(), "mandate-42");
    DocumentSummary summary = deposit(agent, TestFiles.pdf("CAF"), "caf.pdf", null);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    fx.vault.read(agent, summary.id(), ReadPurpose.VIEW, out);

    List<JournalEntry> journal = fx.vault.journal(awa, 0, 10);
    assertThat(journal).extracting(JournalEntry::action).containsExactly(JournalAction.VIEW, JournalAction.DEPOSIT);
    assertThat(journal)
        .allSatisfy(
            e -> {
              assertThat(e.actorId()).isEqualTo("agent-7");
              assertThat(e.actorName()).isEqualTo("Karim B. (EPS 18)");
              assertThat(e.onBehalfOf()).isEqualTo(awa.ownerId());
              assertThat(e.mandateId()).isEqualTo("mandate-42");
              assertThat(e.documentId()).isEqualTo(summary.id());
            });
  }

  @Test
  void anotherUsagersDocumentIsNotFoundExactlyLikeAMissingOne() {
    Actor.Usager awa = newUsager();
    Actor.Usager other = newUsager();
    DocumentSummary summary = deposit(awa, TestFiles.pdf("RIB"), "rib.pdf", null);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThatThrownBy(() -> fx.vault.read(other, summary.id(), ReadPurpose.DOWNLOAD, out))
        .isInstanceOf(DocumentNotFoundException.class)
        .hasMessage("Document not found");
    assertThatThrownBy(() -> fx.vault.read(other, UUID.randomUUID().toString(), ReadPurpose.DOWNLOAD, out))
        .isInstanceOf(DocumentNotFoundException.class)
        .hasMessage("Document not found");
    assertThatThrownBy(() -> fx.vault.rename(other, summary.id(), "x")).isInstanceOf(DocumentNotFoundException.class);
    assertThatThrownBy(() -> fx.vault.delete(other, summary.id())).isInstanceOf(DocumentNotFoundException.class);
    Actor.Agent agentOfOther = Actor.agent("agent-1", "Agent", other.ownerId(), "m-1");
    assertThatThrownBy(() -> fx.vault.read(agentOfOther, summary.id(), ReadPurpose.VIEW, out))
        .isInstanceOf(DocumentNotFoundException.class);
    assertThat(out.size()).isZero();
  }

  @Test
  void anAdministratorNeverReadsContent() {
    Actor.Usager awa = newUsager();
    DocumentSummary summary = deposit(awa, TestFiles.pdf("x"), "x.pdf", null);
    assertThatThrownBy(
            () -> fx.vault.read(Actor.administrator("admin", "Admin"), summary.id(), ReadPurpose.VIEW, new ByteArrayOutputStream()))
        .isInstanceOf(ActionNotAllowedException.class);
    assertThatThrownBy(() -> fx.vault.deposit(Actor.socialWorker("w", "W", "s", "S"), DepositRequest.of(new ByteArrayInputStream(TestFiles.pdf("x")), "x.pdf", null, DocumentType.OTHER)))
        .isInstanceOf(ActionNotAllowedException.class);
  }

  @Test
  void renameKeepsTheContentTypesExtensionAndIsJournaled() {
    Actor.Usager awa = newUsager();
    DocumentSummary summary = deposit(awa, TestFiles.pdf("x"), "scan.pdf", null);

    DocumentSummary renamed = fx.vault.rename(awa, summary.id(), "../Quittance\u202Emars.exe");

    assertThat(renamed.fileName()).isEqualTo("Quittancemars.exe.pdf");
    assertThat(fx.vault.documents(awa)).extracting(DocumentSummary::fileName).containsExactly("Quittancemars.exe.pdf");
    assertThat(fx.vault.journal(awa, 0, 1)).extracting(JournalEntry::action).containsExactly(JournalAction.RENAME);
  }

  @Test
  void deleteRemovesRowAndObjectAndIsJournaled() {
    Actor.Usager awa = newUsager();
    DocumentSummary summary = deposit(awa, TestFiles.pdf("x"), "x.pdf", null);
    String key = fx.objectKey(summary.id());

    fx.vault.delete(awa, summary.id());

    assertThat(fx.vault.documents(awa)).isEmpty();
    assertThat(fx.objectFile(key)).doesNotExist();
    assertThat(fx.vault.journal(awa, 0, 1)).extracting(JournalEntry::action).containsExactly(JournalAction.DELETE);
    assertThatThrownBy(() -> read(awa, summary.id())).isInstanceOf(DocumentNotFoundException.class);
  }

  @Test
  void aPhotoIsReencodedUpright() throws Exception {
    Actor.Usager awa = newUsager();
    // Taken in portrait, stored sideways by the phone with "rotate 90° clockwise to display".
    byte[] photo = TestFiles.withExif(TestFiles.jpeg(400, 300), 6);
    DocumentSummary summary = deposit(awa, photo, "IMG_2041.JPG", "image/jpeg");

    BufferedImage stored = ImageIO.read(new ByteArrayInputStream(read(awa, summary.id())));
    assertThat(summary.contentType()).isEqualTo("image/jpeg");
    assertThat(summary.fileName()).isEqualTo("IMG_2041.JPG");
    assertThat(stored.getWidth()).isEqualTo(300);
    assertThat(stored.getHeight()).isEqualTo(400);
  }

  @Test
  void aPngStaysAPng() throws Exception {
    Actor.Usager awa = newUsager();
    DocumentSummary summary = deposit(awa, TestFiles.png(200, 100), "capture", "image/png");
    byte[] stored = read(awa, summary.id());
    assertThat(summary.fileName()).isEqualTo("capture.png");
    assertThat(ImageIO.read(new ByteArrayInputStream(stored)).getWidth()).isEqualTo(200);
  }

  @Test
  void pagesPhotographedOneByOneBecomeOnePdf() throws Exception {
    Actor.Usager awa = newUsager();
    List<PageUpload> pages =
        List.of(
            new PageUpload(new ByteArrayInputStream(TestFiles.jpeg(600, 800)), "p1.jpg", "image/jpeg"),
            new PageUpload(new ByteArrayInputStream(TestFiles.withExif(TestFiles.jpeg(800, 600), 6)), "p2.jpg", "image/jpeg"),
            new PageUpload(new ByteArrayInputStream(TestFiles.png(500, 700)), "p3.png", null));

    DocumentSummary summary =
        fx.vault.depositPages(awa, PagesDepositRequest.of(pages, "Livret de famille", DocumentType.FAMILY_RECORD_BOOK));

    assertThat(summary.contentType()).isEqualTo("application/pdf");
    assertThat(summary.fileName()).isEqualTo("Livret de famille.pdf");
    byte[] pdf = read(awa, summary.id());
    assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).doesNotContain(TestFiles.SECRET_ADDRESS);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(3);
      assertThat(document.getPage(1).getMediaBox().getHeight()).isGreaterThan(document.getPage(1).getMediaBox().getWidth());
    }
  }

  @Test
  void tooManyPagesOrAPdfAsAPageIsRefused() {
    Actor.Usager awa = newUsager();
    List<PageUpload> pdfPage = List.of(new PageUpload(new ByteArrayInputStream(TestFiles.pdf("x")), "x.pdf", null));
    assertThatThrownBy(() -> fx.vault.depositPages(awa, PagesDepositRequest.of(pdfPage, "x", DocumentType.OTHER)))
        .isInstanceOfSatisfying(UploadRefusedException.class, e -> assertThat(e.reason()).isEqualTo(RefusalReason.TYPE_NOT_ALLOWED));
    List<PageUpload> many =
        java.util.stream.IntStream.range(0, 21).mapToObj(i -> new PageUpload(new ByteArrayInputStream(new byte[0]), null, null)).toList();
    assertThatThrownBy(() -> fx.vault.depositPages(awa, PagesDepositRequest.of(many, "x", DocumentType.OTHER)))
        .isInstanceOfSatisfying(UploadRefusedException.class, e -> assertThat(e.reason()).isEqualTo(RefusalReason.TOO_MANY_PAGES));
  }

  @Test
  void quotaOnCountAndBytes() {
    Actor.Usager awa = newUsager();
    for (int i = 0; i < 4; i++) {
      deposit(awa, TestFiles.pdf("doc " + i), "d" + i + ".pdf", null);
    }
    QuotaUsage usage = fx.vault.quota(awa);
    assertThat(usage.documents()).isEqualTo(4);
    assertThat(usage.documentsAllowed()).isEqualTo(4);
    assertThat(usage.full()).isTrue();
    assertThatThrownBy(() -> deposit(awa, TestFiles.pdf("one too many"), "x.pdf", null))
        .isInstanceOfSatisfying(UploadRefusedException.class, e -> assertThat(e.reason()).isEqualTo(RefusalReason.QUOTA_EXCEEDED));

    Actor.Usager bob = newUsager();
    deposit(bob, TestFiles.pdf(2 * 1024 * 1024, 1), "big.pdf", null);
    assertThatThrownBy(() -> deposit(bob, TestFiles.pdf(1536 * 1024, 2), "big2.pdf", null))
        .isInstanceOfSatisfying(UploadRefusedException.class, e -> assertThat(e.reason()).isEqualTo(RefusalReason.QUOTA_EXCEEDED));
    assertThat(fx.vault.quota(bob).documents()).isEqualTo(1);
  }

  @Test
  void issueDateAfterExpiryIsRefused() {
    Actor.Usager awa = newUsager();
    assertThatThrownBy(
            () ->
                fx.vault.deposit(
                    awa,
                    DepositRequest.of(new ByteArrayInputStream(TestFiles.pdf("x")), "x.pdf", null, DocumentType.IDENTITY)
                        .withDates(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1))))
        .isInstanceOfSatisfying(UploadRefusedException.class, e -> assertThat(e.reason()).isEqualTo(RefusalReason.INVALID_DATES));
  }
}
