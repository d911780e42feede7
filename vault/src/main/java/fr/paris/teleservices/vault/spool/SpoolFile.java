package fr.paris.teleservices.vault.spool;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One temporary file, deleted on {@link #close()}. */
public final class SpoolFile implements AutoCloseable {

  private static final int BUFFER = 256 * 1024;

  private final Path path;

  SpoolFile(Path path) {
    this.path = path;
  }

  public Path path() {
    return path;
  }

  public OutputStream output() throws IOException {
    return new BufferedOutputStream(Files.newOutputStream(path), BUFFER);
  }

  public InputStream input() throws IOException {
    return Files.newInputStream(path);
  }

  public long size() throws IOException {
    return Files.size(path);
  }

  @Override
  public void close() {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not delete a spool file", e);
    }
  }
}
