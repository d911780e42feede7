package fr.paris.teleservices.vault.storage;

import java.io.InputStream;
import java.util.Iterator;

/**
 * Where ciphertext lives. Every method throws {@link StorageUnavailableException} when the store
 * cannot be reached or answers an error, so that callers can tell the usager "try again later"
 * without guessing.
 */
public interface ObjectStore {

  /** Creates the bucket if it does not exist (start-up and embedded mode). */
  void ensureBucket();

  /**
   * Stores {@code content} under {@code key}, reading it once, to its end, in bounded memory.
   *
   * @throws RuntimeException thrown by {@code content} itself, unchanged (an {@link
   *     java.io.IOException} wrapped in {@link java.io.UncheckedIOException}), when the source
   *     failed rather than the store; nothing is left stored in that case
   */
  void put(String key, InputStream content);

  /** @throws ObjectMissingException if there is no such object */
  ObjectContent get(String key);

  /** Deletes the object; deleting a missing object is not an error. */
  void delete(String key);

  /** The objects whose key starts with {@code prefix}, in ascending key order (as S3 lists them). */
  Iterator<StoredObject> list(String prefix);
}
