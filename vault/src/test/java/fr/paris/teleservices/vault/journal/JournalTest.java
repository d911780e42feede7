package fr.paris.teleservices.vault.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.paris.teleservices.vault.TestFiles;
import fr.paris.teleservices.vault.VaultFixture;
import fr.paris.teleservices.vault.access.ActionNotAllowedException;
import fr.paris.teleservices.vault.access.Actor;
import fr.paris.teleservices.vault.document.DepositRequest;
import fr.paris.teleservices.vault.document.DocumentSummary;
import fr.paris.teleservices.vault.document.DocumentType;
import fr.paris.teleservices.vault.document.ReadPurpose;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JournalTest {

  static VaultFixture fx;
  static final Actor ADMIN = Actor.administrator("admin-1", "Admin");

  @BeforeAll
  static void start() {
    fx = VaultFixture.start();
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  /** A vault with a deposit and four views: five entries. */
  static Actor.Usager vaultWithFiveEntries() {
    Actor.Usager owner = Actor.usager("u-" + UUID.randomUUID(), "Awa");
    DocumentSummary d =
        fx.vault.deposit(owner, DepositRequest.of(new ByteArrayInputStream(TestFiles.pdf("x")), "x.pdf", null, DocumentType.OTHER));
    for (int i = 0; i < 4; i++) {
      fx.vault.read(owner, d.id(), ReadPurpose.VIEW, OutputStream.nullOutputStream());
    }
    return owner;
  }

  @Test
  void anUntouchedChainVerifies() {
    Actor.Usager owner = vaultWithFiveEntries();
    JournalVerification verification = fx.vault.verifyJournal(ADMIN, owner.ownerId());
    assertThat(verification.intact()).isTrue();
    assertThat(verification.entriesChecked()).isEqualTo(5);
    assertThat(fx.vault.verifyJournal(owner, owner.ownerId()).intact()).isTrue();
    List<JournalEntry> entries = fx.vault.journal(owner, 0, 10);
    assertThat(entries).extracting(JournalEntry::sequence).containsExactly(5L, 4L, 3L, 2L, 1L);
    assertThat(entries.get(0).previousHash()).isEqualTo(entries.get(1).hash());
  }

  @Test
  void anEditedEntryIsReported() {
    Actor.Usager owner = vaultWithFiveEntries();
    fx.execute(
        "UPDATE vault_journal SET actor_name = 'Quelqu''un d''autre' WHERE owner_id = '" + owner.ownerId() + "' AND sequence = 3");
    JournalVerification verification = fx.vault.verifyJournal(ADMIN, owner.ownerId());
    assertThat(verification.intact()).isFalse();
    assertThat(verification.firstBrokenSequence()).isEqualTo(3L);
    assertThat(verification.problem()).isEqualTo("content altered");
  }

  @Test
  void anEditedTimeOrActionIsReported() {
    Actor.Usager owner = vaultWithFiveEntries();
    fx.execute("UPDATE vault_journal SET occurred_at = occurred_at - INTERVAL 1 DAY WHERE owner_id = '" + owner.ownerId() + "' AND sequence = 2");
    assertThat(fx.vault.verifyJournal(ADMIN, owner.ownerId()).firstBrokenSequence()).isEqualTo(2L);
    Actor.Usager other = vaultWithFiveEntries();
    fx.execute("UPDATE vault_journal SET action = 'NOTHING' WHERE owner_id = '" + other.ownerId() + "' AND sequence = 4");
    assertThat(fx.vault.verifyJournal(ADMIN, other.ownerId()).firstBrokenSequence()).isEqualTo(4L);
  }

  @Test
  void aDeletedEntryIsReported() {
    Actor.Usager owner = vaultWithFiveEntries();
    fx.execute("DELETE FROM vault_journal WHERE owner_id = '" + owner.ownerId() + "' AND sequence = 2");
    JournalVerification verification = fx.vault.verifyJournal(ADMIN, owner.ownerId());
    assertThat(verification.firstBrokenSequence()).isEqualTo(2L);
    assertThat(verification.problem()).isEqualTo("entry missing");
  }

  @Test
  void aRemovedTailIsReported() {
    Actor.Usager owner = vaultWithFiveEntries();
    fx.execute("DELETE FROM vault_journal WHERE owner_id = '" + owner.ownerId() + "' AND sequence >= 4");
    assertThat(fx.vault.verifyJournal(ADMIN, owner.ownerId()).firstBrokenSequence()).isEqualTo(4L);
  }

  @Test
  void aRehashedForgeryWithoutTheHeadIsReported() {
    Actor.Usager owner = vaultWithFiveEntries();
    // Rewriting the last entry's hash too is not enough: the head row remembers the real one.
    fx.execute(
        "UPDATE vault_journal SET entry_hash = REPEAT('a', 64) WHERE owner_id = '" + owner.ownerId() + "' AND sequence = 5");
    assertThat(fx.vault.verifyJournal(ADMIN, owner.ownerId()).firstBrokenSequence()).isEqualTo(5L);
  }

  @Test
  void concurrentReadsKeepOneLinearChain() throws Exception {
    Actor.Usager owner = Actor.usager("u-" + UUID.randomUUID(), "Awa");
    DocumentSummary d =
        fx.vault.deposit(owner, DepositRequest.of(new ByteArrayInputStream(TestFiles.pdf("x")), "x.pdf", null, DocumentType.OTHER));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> reads = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        reads.add(pool.submit(() -> fx.vault.read(owner, d.id(), ReadPurpose.DOWNLOAD, OutputStream.nullOutputStream())));
      }
      for (Future<?> read : reads) {
        read.get();
      }
    } finally {
      pool.shutdown();
    }
    JournalVerification verification = fx.vault.verifyJournal(ADMIN, owner.ownerId());
    assertThat(verification.intact()).isTrue();
    assertThat(verification.entriesChecked()).isEqualTo(41);
  }

  @Test
  void onlyTheOwnerOrAnAdministratorVerifies() {
    Actor.Usager owner = vaultWithFiveEntries();
    Actor.Usager other = Actor.usager("u-" + UUID.randomUUID(), "Other");
    assertThatThrownBy(() -> fx.vault.verifyJournal(other, owner.ownerId())).isInstanceOf(ActionNotAllowedException.class);
    assertThat(fx.vault.journal(other, 0, 10)).isEmpty();
  }
}
