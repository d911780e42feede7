package fr.paris.teleservices.vault.crypto;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where authenticated plaintext goes, opened only when the first byte is about to be released — so
 * that a document found tampered before that point leaves the caller free to answer an error.
 */
@FunctionalInterface
public interface ReleaseTarget {
  OutputStream open() throws IOException;
}
