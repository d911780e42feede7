package fr.paris.teleservices.vault.storage;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/** An object being read, with the length the store announced before sending it. */
public record ObjectContent(InputStream stream, long length) implements Closeable {

  @Override
  public void close() throws IOException {
    stream.close();
  }
}
