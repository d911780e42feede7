package fr.paris.teleservices.vault.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.paris.teleservices.vault.keys.KeyWrap;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ChunkedCipherTest {

  static final int CHUNK = 4096;
  static final ExecutorService threads = Executors.newCachedThreadPool();
  static final SecureRandom random = new SecureRandom();

  @AfterAll
  static void stop() {
    threads.shutdownNow();
  }

  static byte[] encrypt(byte[] plain, SecretKey key, ObjectBinding binding) throws IOException {
    try (EncryptingInputStream in = new EncryptingInputStream(new ByteArrayInputStream(plain), key, binding, CHUNK, threads)) {
      byte[] sealed = in.readAllBytes();
      assertThat(in.plainSize()).isEqualTo(plain.length);
      return sealed;
    }
  }

  static byte[] decrypt(byte[] sealed, SecretKey key, ObjectBinding binding, long plainSize)
      throws IOException, TamperedObjectException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ObjectDecryptor(threads, 2).decrypt(new ByteArrayInputStream(sealed), key, binding, plainSize, (p, n) -> out.write(p, 0, n));
    return out.toByteArray();
  }

  @Test
  void roundTripsAtEverySizeAroundChunkBoundaries() throws Exception {
    SecretKey key = KeyWrap.newKey(random);
    ObjectBinding binding = new ObjectBinding("doc", "owner");
    for (int size : new int[] {0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 3 * CHUNK + 17}) {
      byte[] plain = new byte[size];
      new Random(size).nextBytes(plain);
      byte[] sealed = encrypt(plain, key, binding);
      assertThat(sealed).hasSize((int) ObjectFormat.storedSize(size, CHUNK));
      assertThat(decrypt(sealed, key, binding, size)).isEqualTo(plain);
    }
  }

  /**
   * GCM is a stream cipher: two chunks sealed under the same (key, nonce) would encrypt equal
   * plaintext to equal ciphertext. Equal plaintext chunks must therefore never look alike, within
   * an object (distinct chunk nonces) or across objects (distinct data keys).
   */
  @Test
  void noKeystreamIsEverReused() throws Exception {
    byte[] zeros = new byte[64 * CHUNK];
    Set<String> chunks = new HashSet<>();
    for (int object = 0; object < 3; object++) {
      byte[] sealed = encrypt(zeros, KeyWrap.newKey(random), new ObjectBinding("doc", "owner"));
      for (int i = 0; i < 64; i++) {
        int start = ObjectFormat.HEADER_LENGTH + i * (CHUNK + ObjectFormat.TAG_LENGTH);
        chunks.add(Arrays.toString(Arrays.copyOfRange(sealed, start, start + CHUNK)));
      }
    }
    assertThat(chunks).hasSize(3 * 64);
  }

  @Test
  void theCiphertextIsBoundToItsDocumentAndOwner() throws Exception {
    SecretKey key = KeyWrap.newKey(random);
    byte[] plain = new byte[2 * CHUNK];
    byte[] sealed = encrypt(plain, key, new ObjectBinding("doc-1", "owner-1"));
    assertThatThrownBy(() -> decrypt(sealed, key, new ObjectBinding("doc-2", "owner-1"), plain.length))
        .isInstanceOf(TamperedObjectException.class);
    assertThatThrownBy(() -> decrypt(sealed, key, new ObjectBinding("doc-1", "owner-2"), plain.length))
        .isInstanceOf(TamperedObjectException.class);
    assertThatThrownBy(() -> decrypt(sealed, key, new ObjectBinding("doc-1", "owner-1"), plain.length - 1))
        .isInstanceOf(TamperedObjectException.class);
    assertThatThrownBy(() -> decrypt(sealed, KeyWrap.newKey(random), new ObjectBinding("doc-1", "owner-1"), plain.length))
        .isInstanceOf(TamperedObjectException.class);
  }

  @Test
  void droppingTheLastChunkIsDetectedEvenWhenTheSizeIsAdjusted() throws Exception {
    SecretKey key = KeyWrap.newKey(random);
    ObjectBinding binding = new ObjectBinding("doc", "owner");
    byte[] sealed = encrypt(new byte[3 * CHUNK], key, binding);
    byte[] twoChunks = Arrays.copyOf(sealed, ObjectFormat.HEADER_LENGTH + 2 * (CHUNK + ObjectFormat.TAG_LENGTH));
    // Chunk 1 was sealed as "not last": presenting it as the last one fails.
    assertThatThrownBy(() -> decrypt(twoChunks, key, binding, 2 * CHUNK)).isInstanceOf(TamperedObjectException.class);
  }
}
