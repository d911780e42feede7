package fr.paris.teleservices.vault.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import javax.crypto.SecretKey;

/**
 * Reads an encrypted object and hands its plaintext, chunk by chunk and in order, to a consumer —
 * each chunk only after its tag has been verified. While the caller's thread reads the next chunks
 * from the network, a few chunks are authenticated and decrypted in parallel on the crypto threads.
 * The chunk buffers are reused from one chunk to the next: a download allocates a few chunks, not
 * twice its size, which keeps the garbage collector out of the way in a small heap.
 */
public final class ObjectDecryptor {

  /** Receives authenticated plaintext, once per chunk; the buffer is reused after the call returns. */
  @FunctionalInterface
  public interface PlaintextConsumer {
    void accept(byte[] plaintext, int length) throws IOException;
  }

  private final ExecutorService cryptoThreads;
  private final int inFlight;

  public ObjectDecryptor(ExecutorService cryptoThreads, int parallelism) {
    this.cryptoThreads = cryptoThreads;
    this.inFlight = Math.max(4, parallelism * 4);
  }

  /** One chunk's buffers, and the decryption under way in them. */
  private static final class Slot {
    final byte[] sealed;
    final byte[] plain;
    Future<Integer> decryption;

    Slot(int chunkSize) {
      sealed = new byte[chunkSize + ObjectFormat.TAG_LENGTH];
      plain = new byte[chunkSize];
    }
  }

  /**
   * @param plainSize the plaintext size recorded in the document's row: it fixes how many chunks
   *     there are and which one is last, so truncation and extension are detected
   * @throws TamperedObjectException if the object does not authenticate; chunks before the faulty
   *     one may already have been given to the consumer (they were authentic)
   * @throws IOException if reading the ciphertext failed
   */
  public void decrypt(
      InputStream ciphertext, SecretKey key, ObjectBinding binding, long plainSize, PlaintextConsumer consumer)
      throws TamperedObjectException, IOException {
    byte[] header = ciphertext.readNBytes(ObjectFormat.HEADER_LENGTH);
    int chunkSize = ObjectFormat.parseHeader(header);
    byte[] objectAad = ObjectFormat.objectAad(header, binding);
    long count = ObjectFormat.chunkCount(plainSize, chunkSize);
    int slots = (int) Math.min(inFlight, count);
    Deque<Slot> free = new ArrayDeque<>();
    for (int i = 0; i < slots; i++) {
      free.add(new Slot((int) Math.min(chunkSize, plainSize)));
    }
    Deque<Slot> pending = new ArrayDeque<>();
    try {
      long next = 0;
      while (next < count || !pending.isEmpty()) {
        while (next < count && !free.isEmpty()) {
          long index = next++;
          boolean last = index == count - 1;
          int sealedLength = (last ? (int) (plainSize - (count - 1) * chunkSize) : chunkSize) + ObjectFormat.TAG_LENGTH;
          Slot slot = free.removeFirst();
          if (ciphertext.readNBytes(slot.sealed, 0, sealedLength) != sealedLength) {
            throw new TamperedObjectException("object truncated at chunk " + index);
          }
          slot.decryption =
              cryptoThreads.submit(() -> ObjectFormat.open(key, objectAad, index, last, slot.sealed, sealedLength, slot.plain));
          pending.add(slot);
        }
        Slot done = pending.removeFirst();
        consumer.accept(done.plain, await(done.decryption));
        free.add(done);
      }
      if (ciphertext.read() >= 0) {
        throw new TamperedObjectException("data after the last chunk");
      }
    } finally {
      // A slot's buffers must not be reused while a crypto thread may still write into them.
      pending.forEach(slot -> slot.decryption.cancel(false));
    }
  }

  private static int await(Future<Integer> chunk) throws TamperedObjectException {
    try {
      return chunk.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof TamperedObjectException tampered) {
        throw tampered;
      }
      throw new IllegalStateException("chunk decryption failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while decrypting", e);
    }
  }
}
