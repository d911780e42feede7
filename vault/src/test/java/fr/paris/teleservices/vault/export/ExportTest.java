package fr.paris.teleservices.vault.export;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paris.teleservices.vault.TestFiles;
import fr.paris.teleservices.vault.VaultFixture;
import fr.paris.teleservices.vault.access.Actor;
import fr.paris.teleservices.vault.document.DepositRequest;
import fr.paris.teleservices.vault.document.DocumentSummary;
import fr.paris.teleservices.vault.document.DocumentType;
import fr.paris.teleservices.vault.document.ReadPurpose;
import fr.paris.teleservices.vault.journal.JournalAction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExportTest {

  static VaultFixture fx;
  static final Pattern MANIFEST_DOCUMENT =
      Pattern.compile("\\{\"id\":\"([^\"]+)\",\"file\":(null|\"[^\"]*\"),\"status\":\"(\\w+)\".*?\"sha256\":\"([0-9a-f]{64})\"");

  @BeforeAll
  static void start() {
    fx = VaultFixture.start();
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  static DocumentSummary deposit(Actor.Usager owner, byte[] content, String name) {
    return fx.vault.deposit(owner, DepositRequest.of(new ByteArrayInputStream(content), name, null, DocumentType.TAX_NOTICE));
  }

  @Test
  void theExportHoldsEveryDocumentItsManifestAndTheJournal() throws Exception {
    Actor.Usager awa = Actor.usager("u-" + UUID.randomUUID(), "Awa \"Diallo\"");
    byte[] avis2023 = TestFiles.pdf("avis 2023");
    byte[] avis2024 = TestFiles.pdf("avis 2024");
    byte[] photo = TestFiles.jpeg(120, 90);
    DocumentSummary first = deposit(awa, avis2023, "avis.pdf");
    fx.clock.advance(java.time.Duration.ofMinutes(1));
    deposit(awa, avis2024, "Avis.pdf");
    fx.clock.advance(java.time.Duration.ofMinutes(1));
    DocumentSummary third = deposit(awa, photo, "carte\u00e9.jpg");
    fx.vault.read(awa, first.id(), ReadPurpose.VIEW, OutputStream.nullOutputStream());
    ByteArrayOutputStream zip = new ByteArrayOutputStream();

    ExportReport report = fx.vault.export(awa, zip);

    assertThat(report.documentsExported()).isEqualTo(3);
    assertThat(report.unreadableDocumentIds()).isEmpty();
    Map<String, byte[]> entries = unzip(zip.toByteArray());
    assertThat(entries.keySet())
        .containsExactlyInAnyOrder(
            "documents/avis.pdf", "documents/Avis (2).pdf", "documents/carte\u00e9.jpg", "manifest.json", "journal.json");
    assertThat(entries.get("documents/avis.pdf")).isEqualTo(avis2023);
    assertThat(entries.get("documents/Avis (2).pdf")).isEqualTo(avis2024);

    String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
    assertThat(manifest).contains("\"format\":\"teleservices-vault-export/1\"").contains("\"ownerId\":\"" + awa.ownerId() + "\"");
    Matcher documents = MANIFEST_DOCUMENT.matcher(manifest);
    int listed = 0;
    while (documents.find()) {
      listed++;
      String file = documents.group(2).replace("\"", "");
      assertThat(documents.group(3)).isEqualTo("ok");
      assertThat(sha256(entries.get(file))).as(file).isEqualTo(documents.group(4));
    }
    assertThat(listed).isEqualTo(3);
    assertThat(manifest).contains("\"id\":\"" + third.id() + "\"");

    String journal = new String(entries.get("journal.json"), StandardCharsets.UTF_8);
    assertThat(journal).contains("\"action\":\"" + JournalAction.EXPORT + "\"");
    List<String> hashes = new ArrayList<>();
    List<String> previous = new ArrayList<>();
    Matcher entry = Pattern.compile("\"previousHash\":\"([0-9a-f]{64})\",\"hash\":\"([0-9a-f]{64})\"").matcher(journal);
    while (entry.find()) {
      previous.add(entry.group(1));
      hashes.add(entry.group(2));
    }
    assertThat(hashes).hasSize(5);
    for (int i = 1; i < hashes.size(); i++) {
      assertThat(previous.get(i)).isEqualTo(hashes.get(i - 1));
    }
  }

  @Test
  void anUnreadableDocumentIsLeftOutAndMarkedTheRestIsExported() throws Exception {
    Actor.Usager awa = Actor.usager("u-" + UUID.randomUUID(), "Awa");
    DocumentSummary good = deposit(awa, TestFiles.pdf("bon"), "bon.pdf");
    DocumentSummary bad = deposit(awa, TestFiles.pdf("abime"), "abime.pdf");
    Path object = fx.objectFile(fx.objectKey(bad.id()));
    byte[] bytes = Files.readAllBytes(object);
    bytes[40] ^= 1;
    Files.write(object, bytes);
    ByteArrayOutputStream zip = new ByteArrayOutputStream();

    ExportReport report = fx.vault.export(awa, zip);

    assertThat(report.documentsExported()).isEqualTo(1);
    assertThat(report.unreadableDocumentIds()).containsExactly(bad.id());
    Map<String, byte[]> entries = unzip(zip.toByteArray());
    assertThat(entries).containsKey("documents/bon.pdf").doesNotContainKey("documents/abime.pdf");
    assertThat(new String(entries.get("manifest.json"), StandardCharsets.UTF_8))
        .contains("{\"id\":\"" + bad.id() + "\",\"file\":null,\"status\":\"unreadable\"")
        .contains("{\"id\":\"" + good.id() + "\",\"file\":\"documents/bon.pdf\",\"status\":\"ok\"");
  }
}
