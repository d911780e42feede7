package fr.paris.teleservices.vault.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKey;

/**
 * The ciphertext of a plaintext stream, produced ahead of the reader: a background task reads the
 * plaintext, hashes it (SHA-256, recorded for integrity checks) and seals it chunk by chunk into a
 * bounded queue, while the object store's client reads and uploads from this stream. Reading the
 * source and uploading thus overlap, and memory stays bounded.
 *
 * <p>If the source fails (a refused upload, a closed request), the failure is rethrown to the reader
 * unchanged so that the upload is aborted and the cause is not mistaken for a storage failure.
 */
public final class EncryptingInputStream extends InputStream {

  /**
   * How far the encryption may run ahead of the upload: half an S3 part, so that sealing the next
   * part's chunks overlaps with the client hashing and sending the current one.
   */
  private static final int QUEUE_BYTES = 8 * 1024 * 1024;
  private static final Object END = new Object();

  private final InputStream plaintext;
  private final SecretKey key;
  private final byte[] objectAad;
  private final int chunkSize;
  private final MessageDigest digest;
  private final BlockingQueue<Object> queue;
  private final Future<?> producer;
  private final CountDownLatch produced = new CountDownLatch(1);

  private byte[] current;
  private int position;
  private boolean ended;
  private volatile boolean closed;
  private long plainSize;
  private String sha256;

  public EncryptingInputStream(
      InputStream plaintext, SecretKey key, ObjectBinding binding, int chunkSize, ExecutorService executor) {
    ObjectFormat.requireChunkSize(chunkSize);
    this.plaintext = plaintext;
    this.key = key;
    this.chunkSize = chunkSize;
    this.queue = new ArrayBlockingQueue<>(Math.max(4, QUEUE_BYTES / chunkSize));
    this.current = ObjectFormat.header(chunkSize);
    this.objectAad = ObjectFormat.objectAad(current, binding);
    this.digest = sha256();
    this.producer = executor.submit(this::produce);
  }

  /** Plaintext bytes read, once the stream has been read to its end. */
  public long plainSize() {
    requireEnded();
    return plainSize;
  }

  /** Lower-case hex SHA-256 of the plaintext, once the stream has been read to its end. */
  public String sha256Hex() {
    requireEnded();
    return sha256;
  }

  private void produce() {
    try {
      long index = 0;
      long size = 0;
      byte[] chunk = new byte[chunkSize];
      byte[] next = new byte[chunkSize];
      int length = plaintext.readNBytes(chunk, 0, chunkSize);
      while (true) {
        // Read one chunk ahead: the last chunk must be known as last when it is sealed.
        int nextLength = length < chunkSize ? 0 : plaintext.readNBytes(next, 0, chunkSize);
        boolean last = nextLength == 0;
        digest.update(chunk, 0, length);
        size += length;
        enqueue(ObjectFormat.seal(key, objectAad, index++, last, chunk, length));
        if (last) {
          break;
        }
        byte[] swap = chunk;
        chunk = next;
        next = swap;
        length = nextLength;
      }
      plainSize = size;
      sha256 = HexFormat.of().formatHex(digest.digest());
      enqueue(END);
    } catch (Throwable e) {
      try {
        enqueue(new Failure(e));
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    } finally {
      produced.countDown();
    }
  }

  private void enqueue(Object item) throws InterruptedException {
    while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
      if (closed) {
        throw new InterruptedException("reader went away");
      }
    }
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (current == null || position == current.length) {
      if (ended) {
        return -1;
      }
      nextChunk();
    }
    int n = Math.min(length, current.length - position);
    System.arraycopy(current, position, buffer, offset, n);
    position += n;
    return n;
  }

  private void nextChunk() throws IOException {
    Object item;
    try {
      item = queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while encrypting", e);
    }
    if (item == END) {
      ended = true;
      current = null;
    } else if (item instanceof Failure failure) {
      ended = true;
      current = null;
      throw failure.rethrowable();
    } else {
      current = (byte[]) item;
      position = 0;
    }
  }

  private void requireEnded() {
    if (!ended || sha256 == null) {
      throw new IllegalStateException("the plaintext has not been read to its end");
    }
  }

  /**
   * Stops the background reader and waits for it: once this returns, nothing reads the caller's
   * stream any more, so the caller may close it or end the request.
   */
  @Override
  public void close() {
    closed = true;
    producer.cancel(true);
    queue.clear();
    try {
      if (!produced.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the plaintext reader did not stop");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private record Failure(Throwable cause) {
    IOException rethrowable() {
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof IOException io) {
        return io;
      }
      return new IOException("encryption failed", cause);
    }
  }
}
