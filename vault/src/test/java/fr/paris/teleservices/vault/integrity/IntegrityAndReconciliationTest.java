package fr.paris.teleservices.vault.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.paris.teleservices.vault.TestFiles;
import fr.paris.teleservices.vault.VaultFixture;
import fr.paris.teleservices.vault.access.ActionNotAllowedException;
import fr.paris.teleservices.vault.access.Actor;
import fr.paris.teleservices.vault.document.DepositRequest;
import fr.paris.teleservices.vault.document.DocumentSummary;
import fr.paris.teleservices.vault.document.DocumentType;
import fr.paris.teleservices.vault.journal.JournalAction;
import fr.paris.teleservices.vault.journal.JournalEntry;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IntegrityAndReconciliationTest {

  static VaultFixture fx;
  static final Actor ADMIN = Actor.administrator("admin-1", "Contrôle nocturne");

  @BeforeAll
  static void start() {
    fx = VaultFixture.start();
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  static Actor.Usager usager() {
    return Actor.usager("u-" + UUID.randomUUID(), "Usager");
  }

  static DocumentSummary deposit(Actor.Usager owner, String text) {
    return fx.vault.deposit(owner, DepositRequest.of(new ByteArrayInputStream(TestFiles.pdf(text)), "d.pdf", null, DocumentType.OTHER));
  }

  @Test
  void theCheckReportsEachKindOfFailureAndJournalsIt() throws Exception {
    Actor.Usager owner = usager();
    DocumentSummary ok = deposit(owner, "intact");
    DocumentSummary altered = deposit(owner, "altere");
    DocumentSummary mismatched = deposit(owner, "empreinte");
    DocumentSummary missing = deposit(owner, "disparu");
    Path object = fx.objectFile(fx.objectKey(altered.id()));
    byte[] bytes = Files.readAllBytes(object);
    bytes[bytes.length / 2] ^= 4;
    Files.write(object, bytes);
    fx.execute("UPDATE vault_document SET content_hash = REPEAT('0', 64) WHERE id = '" + mismatched.id() + "'");
    Files.delete(fx.objectFile(fx.objectKey(missing.id())));

    IntegrityReport report = fx.vault.check(ADMIN, owner.ownerId());

    assertThat(report.allOk()).isFalse();
    assertThat(report.checked()).isEqualTo(4);
    assertThat(report.count(CheckStatus.OK)).isEqualTo(1);
    assertThat(report.failures())
        .containsExactlyInAnyOrder(
            new DocumentCheck(altered.id(), owner.ownerId(), CheckStatus.UNREADABLE),
            new DocumentCheck(mismatched.id(), owner.ownerId(), CheckStatus.HASH_MISMATCH),
            new DocumentCheck(missing.id(), owner.ownerId(), CheckStatus.MISSING_OBJECT));
    assertThat(fx.vault.journal(owner, 0, 3))
        .allSatisfy(e -> assertThat(e.action()).isEqualTo(JournalAction.INTEGRITY_FAILURE))
        .extracting(JournalEntry::detail)
        .containsExactlyInAnyOrder("TAMPERED", "HASH_MISMATCH", "MISSING_OBJECT");
    assertThat(report.failures()).noneMatch(f -> f.documentId().equals(ok.id()));
    assertThat(fx.vault.checkAll(ADMIN).failures()).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void onlyAnAdministratorChecks() {
    Actor.Usager owner = usager();
    assertThatThrownBy(() -> fx.vault.check(owner, owner.ownerId())).isInstanceOf(ActionNotAllowedException.class);
    assertThatThrownBy(() -> fx.vault.reconcile(owner)).isInstanceOf(ActionNotAllowedException.class);
  }

  @Test
  void reconciliationRemovesOldOrphansAndReportsRowsWithoutObject() throws Exception {
    Actor.Usager owner = usager();
    DocumentSummary kept = deposit(owner, "garde");
    DocumentSummary lost = deposit(owner, "perdu");
    Files.delete(fx.objectFile(fx.objectKey(lost.id())));
    // What a crash between upload and commit leaves: an object no row points to.
    fx.store.put("documents/00000000000000000000000000000000", new ByteArrayInputStream(new byte[] {1, 2, 3}));
    fx.store.put("documents/ffffffffffffffffffffffffffffffff", new ByteArrayInputStream(new byte[] {4, 5, 6}));

    ReconciliationReport young = fx.vault.reconcile(ADMIN);
    assertThat(young.orphansDeleted()).isEmpty();
    assertThat(young.orphansKept()).isEqualTo(2);

    // Orphans are judged by the store's own clock, rows by the vault's: move the vault's a day on.
    fx.clock.advance(Duration.ofDays(2));
    ReconciliationReport report = fx.vault.reconcile(ADMIN);

    assertThat(report.orphansDeleted())
        .containsExactlyInAnyOrder("documents/00000000000000000000000000000000", "documents/ffffffffffffffffffffffffffffffff");
    assertThat(report.rowsWithoutObject()).extracting(DocumentCheck::documentId).contains(lost.id());
    assertThat(report.rowsWithoutObject()).extracting(DocumentCheck::documentId).doesNotContain(kept.id());
    assertThat(fx.objectFile("documents/00000000000000000000000000000000")).doesNotExist();
    assertThat(fx.objectFile(fx.objectKey(kept.id()))).exists();
    assertThat(fx.count("SELECT COUNT(*) FROM vault_document WHERE id = '" + lost.id() + "'")).isEqualTo(1);
  }
}
