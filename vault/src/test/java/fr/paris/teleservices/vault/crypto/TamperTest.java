package fr.paris.teleservices.vault.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.paris.teleservices.vault.TestFiles;
import fr.paris.teleservices.vault.VaultConfig;
import fr.paris.teleservices.vault.VaultFixture;
import fr.paris.teleservices.vault.access.Actor;
import fr.paris.teleservices.vault.document.DepositRequest;
import fr.paris.teleservices.vault.document.DocumentSummary;
import fr.paris.teleservices.vault.document.DocumentType;
import fr.paris.teleservices.vault.document.DocumentUnreadableException;
import fr.paris.teleservices.vault.document.ReadPurpose;
import fr.paris.teleservices.vault.journal.JournalAction;
import fr.paris.teleservices.vault.journal.JournalEntry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Raw ciphertext is altered behind the vault's back, in the object store's own files. Every
 * alteration must end in {@link DocumentUnreadableException}, with not one byte released to the
 * person, and an INTEGRITY_FAILURE in the owner's journal.
 */
class TamperTest {

  static final int CHUNK = 4096;
  static final int SEALED_CHUNK = CHUNK + ObjectFormat.TAG_LENGTH;
  static final int HEADER = ObjectFormat.HEADER_LENGTH;
  static VaultFixture fx;

  @BeforeAll
  static void start() {
    // Small chunks make a 20 KB document a six-chunk object.
    fx = VaultFixture.start(VaultConfig.builder().chunkSize(CHUNK));
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  record Deposited(Actor.Usager owner, DocumentSummary summary, byte[] plaintext, Path object) {}

  static Deposited deposit(Actor.Usager owner, long seed) {
    byte[] pdf = TestFiles.pdf(20_000, seed);
    DocumentSummary summary =
        fx.vault.deposit(owner, DepositRequest.of(new ByteArrayInputStream(pdf), "avis.pdf", null, DocumentType.TAX_NOTICE));
    return new Deposited(owner, summary, pdf, fx.objectFile(fx.objectKey(summary.id())));
  }

  static Actor.Usager usager() {
    return Actor.usager("u-" + UUID.randomUUID(), "Usager");
  }

  /** Reads through a sink that records whether it was opened and what it got. */
  static final class Sink {
    boolean opened;
    final ByteArrayOutputStream received = new ByteArrayOutputStream();

    void read(Deposited d) {
      fx.vault.read(
          d.owner(),
          d.summary().id(),
          ReadPurpose.DOWNLOAD,
          descriptor -> {
            opened = true;
            return received;
          });
    }
  }

  static void assertTamperingDetected(Deposited d, UnaryOperator<byte[]> tamper) throws IOException {
    byte[] original = Files.readAllBytes(d.object());
    Files.write(d.object(), tamper.apply(original.clone()));
    Sink sink = new Sink();

    assertThatThrownBy(() -> sink.read(d)).isInstanceOf(DocumentUnreadableException.class);

    assertThat(sink.opened).as("sink opened").isFalse();
    assertThat(sink.received.size()).as("bytes released").isZero();
    JournalEntry last = fx.vault.journal(d.owner(), 0, 1).get(0);
    assertThat(last.action()).isEqualTo(JournalAction.INTEGRITY_FAILURE);
    assertThat(last.documentId()).isEqualTo(d.summary().id());
    assertThat(last.detail()).isEqualTo("TAMPERED");
    // Put it back: the document reads again, so the failure above was the tampering's doing.
    Files.write(d.object(), original);
    Sink again = new Sink();
    again.read(d);
    assertThat(again.received.toByteArray()).isEqualTo(d.plaintext());
  }

  static byte[] chunk(byte[] object, int index) {
    int start = HEADER + index * SEALED_CHUNK;
    return Arrays.copyOfRange(object, start, Math.min(object.length, start + SEALED_CHUNK));
  }

  @Test
  void aFlippedByteInTheMiddle() throws IOException {
    Deposited d = deposit(usager(), 1);
    assertTamperingDetected(
        d,
        bytes -> {
          bytes[HEADER + 3 * SEALED_CHUNK + 100] ^= 0x01;
          return bytes;
        });
  }

  @Test
  void aFlippedByteInTheLastTag() throws IOException {
    Deposited d = deposit(usager(), 2);
    assertTamperingDetected(
        d,
        bytes -> {
          bytes[bytes.length - 1] ^= (byte) 0x80;
          return bytes;
        });
  }

  @Test
  void theLastChunkCutOff() throws IOException {
    Deposited d = deposit(usager(), 3);
    assertTamperingDetected(d, bytes -> Arrays.copyOf(bytes, HEADER + 4 * SEALED_CHUNK));
  }

  @Test
  void truncatedInTheMiddleOfAChunk() throws IOException {
    Deposited d = deposit(usager(), 4);
    assertTamperingDetected(d, bytes -> Arrays.copyOf(bytes, bytes.length - 1000));
  }

  @Test
  void twoChunksSwapped() throws IOException {
    Deposited d = deposit(usager(), 5);
    assertTamperingDetected(
        d,
        bytes -> {
          byte[] c2 = chunk(bytes, 2);
          byte[] c3 = chunk(bytes, 3);
          System.arraycopy(c3, 0, bytes, HEADER + 2 * SEALED_CHUNK, SEALED_CHUNK);
          System.arraycopy(c2, 0, bytes, HEADER + 3 * SEALED_CHUNK, SEALED_CHUNK);
          return bytes;
        });
  }

  @Test
  void aChunkDuplicated() throws IOException {
    Deposited d = deposit(usager(), 6);
    assertTamperingDetected(
        d,
        bytes -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          out.write(bytes, 0, HEADER + 2 * SEALED_CHUNK);
          out.writeBytes(chunk(bytes, 1));
          out.write(bytes, HEADER + 2 * SEALED_CHUNK, bytes.length - HEADER - 2 * SEALED_CHUNK);
          return out.toByteArray();
        });
  }

  @Test
  void aChunkCopiedOverAnother() throws IOException {
    Deposited d = deposit(usager(), 7);
    assertTamperingDetected(
        d,
        bytes -> {
          // Chunk 1 in place of chunk 3: same length, a valid tag — for another position.
          System.arraycopy(chunk(bytes, 1), 0, bytes, HEADER + 3 * SEALED_CHUNK, SEALED_CHUNK);
          return bytes;
        });
  }

  @Test
  void theHeaderAltered() throws IOException {
    Deposited d = deposit(usager(), 8);
    assertTamperingDetected(
        d,
        bytes -> {
          bytes[HEADER - 2] ^= 0x10; // the announced chunk size
          return bytes;
        });
  }

  @Test
  void objectsSwappedBetweenTwoDocumentsOfTheSameOwner() throws IOException {
    Actor.Usager owner = usager();
    Deposited a = deposit(owner, 9);
    Deposited b = deposit(owner, 10);
    assertThat(a.plaintext()).hasSameSizeAs(b.plaintext());
    byte[] other = Files.readAllBytes(b.object());
    assertTamperingDetected(a, bytes -> other);
  }

  @Test
  void objectsSwappedBetweenTwoOwners() throws IOException {
    Deposited a = deposit(usager(), 11);
    Deposited b = deposit(usager(), 12);
    byte[] other = Files.readAllBytes(b.object());
    assertTamperingDetected(a, bytes -> other);
  }

  @Test
  void aDocumentAboveTheVerifiedReadLimitIsReleasedOnlyAsAuthenticChunks() throws IOException {
    try (VaultFixture streaming = VaultFixture.start(VaultConfig.builder().chunkSize(CHUNK).verifiedReadLimit(0))) {
      Actor.Usager owner = usager();
      byte[] pdf = TestFiles.pdf(20_000, 13);
      DocumentSummary summary =
          streaming.vault.deposit(owner, DepositRequest.of(new ByteArrayInputStream(pdf), "a.pdf", null, DocumentType.OTHER));
      Path object = streaming.objectFile(streaming.objectKey(summary.id()));
      byte[] bytes = Files.readAllBytes(object);
      bytes[HEADER + 3 * SEALED_CHUNK + 5] ^= 0x01;
      Files.write(object, bytes);
      ByteArrayOutputStream out = new ByteArrayOutputStream();

      assertThatThrownBy(() -> streaming.vault.read(owner, summary.id(), ReadPurpose.DOWNLOAD, out))
          .isInstanceOf(DocumentUnreadableException.class);

      // Chunks 0 to 2 were authentic and went out; not one byte of chunk 3 or later did.
      assertThat(out.toByteArray()).isEqualTo(Arrays.copyOf(pdf, 3 * CHUNK));
    }
  }
}
