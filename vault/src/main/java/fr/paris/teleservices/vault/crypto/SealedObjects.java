package fr.paris.teleservices.vault.crypto;

import fr.paris.teleservices.vault.spool.SpoolDirectory;
import fr.paris.teleservices.vault.spool.SpoolFile;
import fr.paris.teleservices.vault.spool.TeeInputStream;
import fr.paris.teleservices.vault.storage.ObjectContent;
import fr.paris.teleservices.vault.storage.ObjectStore;
import fr.paris.teleservices.vault.storage.StorageUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ExecutorService;
import javax.crypto.SecretKey;

/**
 * Encrypts documents into the object store and reads them back.
 *
 * <p>Reading follows one rule: no byte reaches the caller before it is authenticated. Documents up
 * to {@code verifiedReadLimit} bytes (every document the portal accepts by default) go further:
 * the whole object is authenticated before the first byte is released — a tampered document then
 * yields an error and zero bytes, never a truncated file. Its ciphertext (never plaintext) is held in a spool file meanwhile, so the second pass
 * reads exactly what the first one verified. Larger objects are released chunk by chunk as each is
 * authenticated: a later tampered chunk stops the stream after an authentic prefix.
 */
public final class SealedObjects {

  private final ObjectStore store;
  private final ExecutorService pipelineThreads;
  private final ObjectDecryptor decryptor;
  private final SpoolDirectory spool;
  private final int chunkSize;
  private final long verifiedReadLimit;

  public SealedObjects(
      ObjectStore store,
      ExecutorService pipelineThreads,
      ObjectDecryptor decryptor,
      SpoolDirectory spool,
      int chunkSize,
      long verifiedReadLimit) {
    ObjectFormat.requireChunkSize(chunkSize);
    this.store = store;
    this.pipelineThreads = pipelineThreads;
    this.decryptor = decryptor;
    this.spool = spool;
    this.chunkSize = chunkSize;
    this.verifiedReadLimit = verifiedReadLimit;
  }

  /**
   * Encrypts {@code plaintext} under {@code dataKey} and stores it. The key must be fresh, used for
   * this object only: the chunk nonces are counters that rely on it.
   *
   * @throws StorageUnavailableException if the store failed
   * @throws RuntimeException thrown by the plaintext source (an upload refusal) unchanged
   */
  public SealResult seal(String objectKey, InputStream plaintext, SecretKey dataKey, ObjectBinding binding) {
    try (EncryptingInputStream ciphertext =
        new EncryptingInputStream(plaintext, dataKey, binding, chunkSize, pipelineThreads)) {
      store.put(objectKey, ciphertext);
      long size = ciphertext.plainSize();
      return new SealResult(size, ObjectFormat.storedSize(size, chunkSize), ciphertext.sha256Hex());
    }
  }

  /**
   * Decrypts a document to the target, checking everything first when it is small enough (see the
   * class comment).
   *
   * @throws TamperedObjectException if the object does not authenticate
   * @throws StorageUnavailableException if the store failed
   * @throws UncheckedIOException if writing to the target failed (the person went away)
   */
  public void open(SealedObject object, SecretKey dataKey, ReleaseTarget target) throws TamperedObjectException {
    try (ObjectContent content = store.get(object.objectKey())) {
      if (content.length() >= 0 && content.length() != object.storedSize()) {
        throw new TamperedObjectException("object length differs from its row");
      }
      if (object.plainSize() <= verifiedReadLimit) {
        openVerified(object, dataKey, content.stream(), target);
      } else {
        openStreaming(object, dataKey, content.stream(), target);
      }
    } catch (IOException e) {
      throw new StorageUnavailableException("download", e);
    }
  }

  /** Decrypts and re-hashes a document without releasing anything: the integrity check. */
  public String rehash(SealedObject object, SecretKey dataKey) throws TamperedObjectException {
    MessageDigest digest = sha256();
    try (ObjectContent content = store.get(object.objectKey())) {
      if (content.length() >= 0 && content.length() != object.storedSize()) {
        throw new TamperedObjectException("object length differs from its row");
      }
      decryptor.decrypt(content.stream(), dataKey, object.binding(), object.plainSize(), (plain, length) -> digest.update(plain, 0, length));
    } catch (IOException e) {
      throw new StorageUnavailableException("integrity check", e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private void openVerified(SealedObject object, SecretKey dataKey, InputStream stream, ReleaseTarget target)
      throws IOException, TamperedObjectException {
    try (SpoolFile ciphertext = spool.create()) {
      try (OutputStream copy = ciphertext.output()) {
        decryptor.decrypt(new TeeInputStream(stream, copy), dataKey, object.binding(), object.plainSize(), (plain, length) -> {});
      }
      OutputStream out = openTarget(target);
      try (InputStream verified = ciphertext.input()) {
        decryptor.decrypt(verified, dataKey, object.binding(), object.plainSize(), (plain, length) -> write(out, plain, length));
      }
    }
  }

  private void openStreaming(SealedObject object, SecretKey dataKey, InputStream stream, ReleaseTarget target)
      throws IOException, TamperedObjectException {
    OutputStream[] out = new OutputStream[1];
    decryptor.decrypt(
        stream,
        dataKey,
        object.binding(),
        object.plainSize(),
        (plain, length) -> {
          if (out[0] == null) {
            out[0] = openTarget(target);
          }
          write(out[0], plain, length);
        });
    if (out[0] == null) {
      openTarget(target);
    }
  }

  private static OutputStream openTarget(ReleaseTarget target) {
    try {
      return target.open();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(OutputStream out, byte[] plain, int length) {
    try {
      out.write(plain, 0, length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
