package fr.paris.teleservices.vault.spool;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Copies every byte read to a second destination, so one pass serves two consumers. */
public final class TeeInputStream extends FilterInputStream {

  private final OutputStream branch;

  public TeeInputStream(InputStream in, OutputStream branch) {
    super(in);
    this.branch = branch;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      branch.write(b);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      branch.write(buffer, offset, n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // Skipping would leave a hole in the copy: read through instead.
    byte[] buffer = new byte[8192];
    long skipped = 0;
    while (skipped < n) {
      int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
      if (r < 0) {
        break;
      }
      skipped += r;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
