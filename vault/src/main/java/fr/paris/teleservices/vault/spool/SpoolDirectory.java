package fr.paris.teleservices.vault.spool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The vault's own temporary directory. */
public final class SpoolDirectory {

  private static final Logger LOG = Logger.getLogger(SpoolDirectory.class.getName());
  private static final String PREFIX = "spool-";
  /** Older than any upload or download can last: whatever is left is a crash's leftover. */
  private static final Duration STALE = Duration.ofHours(6);

  private final Path directory;
  private final boolean posix;

  private SpoolDirectory(Path directory, boolean posix) {
    this.directory = directory;
    this.posix = posix;
  }

  /** Creates the directory (owner-only) if needed and deletes stale spool files left by a crash. */
  public static SpoolDirectory open(Path directory) {
    boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    try {
      if (posix) {
        Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      } else {
        Files.createDirectories(directory);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the vault spool directory", e);
    }
    SpoolDirectory spool = new SpoolDirectory(directory, posix);
    spool.sweep(Instant.now().minus(STALE));
    return spool;
  }

  public Path path() {
    return directory;
  }

  public SpoolFile create() {
    try {
      FileAttribute<?>[] attributes =
          posix
              ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
              : new FileAttribute<?>[0];
      return new SpoolFile(Files.createTempFile(directory, PREFIX, ".tmp", attributes));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a spool file", e);
    }
  }

  private void sweep(Instant olderThan) {
    // Spool files and PDFBox's scratch files alike: the directory is the vault's own.
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
      for (Path file : files) {
        FileTime modified = Files.getLastModifiedTime(file);
        if (Files.isRegularFile(file) && modified.toInstant().isBefore(olderThan)) {
          Files.deleteIfExists(file);
          LOG.info("Deleted a temporary file left by an earlier run");
        }
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not sweep the spool directory", e);
    }
  }
}
