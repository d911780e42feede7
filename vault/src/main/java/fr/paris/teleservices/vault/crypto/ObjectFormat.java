package fr.paris.teleservices.vault.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/** Layout of an encrypted object, version 1, and the sealing of one chunk. */
public final class ObjectFormat {

  public static final int VERSION = 1;
  public static final int HEADER_LENGTH = 9;
  public static final int TAG_LENGTH = 16;
  public static final int MIN_CHUNK_SIZE = 4 * 1024;
  public static final int MAX_CHUNK_SIZE = 16 * 1024 * 1024;

  private static final byte[] MAGIC = {'T', 'S', 'V', 'C'};
  private static final String AAD_LABEL = "teleservices-vault-chunk";

  private ObjectFormat() {}

  public static byte[] header(int chunkSize) {
    requireChunkSize(chunkSize);
    return ByteBuffer.allocate(HEADER_LENGTH).put(MAGIC).put((byte) VERSION).putInt(chunkSize).array();
  }

  /** @return the chunk size announced by a header */
  public static int parseHeader(byte[] header) throws TamperedObjectException {
    if (header.length != HEADER_LENGTH || !Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      throw new TamperedObjectException("not a vault object");
    }
    if (header[MAGIC.length] != VERSION) {
      throw new TamperedObjectException("unknown object format version " + header[MAGIC.length]);
    }
    int chunkSize = ByteBuffer.wrap(header, MAGIC.length + 1, 4).getInt();
    if (chunkSize < MIN_CHUNK_SIZE || chunkSize > MAX_CHUNK_SIZE) {
      throw new TamperedObjectException("implausible chunk size");
    }
    return chunkSize;
  }

  /** An empty document is still one (empty, final) chunk, so that its absence is detectable. */
  public static long chunkCount(long plainSize, int chunkSize) {
    return plainSize == 0 ? 1 : (plainSize + chunkSize - 1) / chunkSize;
  }

  public static long storedSize(long plainSize, int chunkSize) {
    return HEADER_LENGTH + plainSize + chunkCount(plainSize, chunkSize) * TAG_LENGTH;
  }

  static void requireChunkSize(int chunkSize) {
    if (chunkSize < MIN_CHUNK_SIZE || chunkSize > MAX_CHUNK_SIZE) {
      throw new IllegalArgumentException("chunk size out of range");
    }
  }

  /** The associated data common to all chunks of one object. */
  static byte[] objectAad(byte[] header, ObjectBinding binding) {
    byte[] label = AAD_LABEL.getBytes(StandardCharsets.US_ASCII);
    byte[] document = binding.documentId().getBytes(StandardCharsets.UTF_8);
    byte[] owner = binding.ownerId().getBytes(StandardCharsets.UTF_8);
    // Length prefixes make the encoding unambiguous: ("ab","c") and ("a","bc") differ.
    return ByteBuffer.allocate(label.length + header.length + 8 + document.length + owner.length)
        .put(label)
        .put(header)
        .putInt(document.length)
        .put(document)
        .putInt(owner.length)
        .put(owner)
        .array();
  }

  /**
   * The nonce of chunk {@code index}: the index itself. A (key, nonce) pair can never repeat,
   * because every data key is generated for one object, encrypts it exactly once (a document is
   * never re-encrypted in place) and each chunk of that object has a distinct index. Being a
   * counter rather than random, it has no birthday bound either.
   */
  private static GCMParameterSpec nonce(long index) {
    return new GCMParameterSpec(TAG_LENGTH * 8, ByteBuffer.allocate(12).putInt(0).putLong(index).array());
  }

  private static byte[] chunkAad(long index, boolean last) {
    return ByteBuffer.allocate(9).putLong(index).put((byte) (last ? 1 : 0)).array();
  }

  static byte[] seal(SecretKey key, byte[] objectAad, long index, boolean last, byte[] plain, int length) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, nonce(index));
      cipher.updateAAD(objectAad);
      cipher.updateAAD(chunkAad(index, last));
      return cipher.doFinal(plain, 0, length);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable", e);
    }
  }

  /**
   * Decrypts one chunk in a single call (the JDK then authenticates and decrypts at full speed) into
   * {@code plain}, which the caller may release only if this returns.
   *
   * @return the plaintext length
   */
  static int open(SecretKey key, byte[] objectAad, long index, boolean last, byte[] sealed, int sealedLength, byte[] plain)
      throws TamperedObjectException {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, nonce(index));
      cipher.updateAAD(objectAad);
      cipher.updateAAD(chunkAad(index, last));
      return cipher.doFinal(sealed, 0, sealedLength, plain, 0);
    } catch (AEADBadTagException e) {
      throw new TamperedObjectException("chunk " + index + " failed authentication");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable", e);
    }
  }
}
