package fr.paris.teleservices.vault.upload;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses a stream as soon as it goes past its limit, having read at most one byte more: an
 * oversized upload is stopped while it streams, not after it has filled a disk.
 */
public final class LimitedInputStream extends FilterInputStream {

  private final long limit;
  private final RefusalReason reason;
  private long count;

  public LimitedInputStream(InputStream in, long limit, RefusalReason reason) {
    super(in);
    this.limit = limit;
    this.reason = reason;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    long allowed = limit - count + 1;
    int n = super.read(buffer, offset, (int) Math.min(length, allowed));
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(Math.min(n, limit - count + 1));
    count(skipped);
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void count(long n) {
    count += n;
    if (count > limit) {
      throw new UploadRefusedException(reason);
    }
  }
}
