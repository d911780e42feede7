package fr.paris.teleservices.vault.keys;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.Enumeration;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.crypto.SecretKey;

/**
 * The master keys, one per version, in a PKCS#12 keystore file (aliases {@code vault-master-v1},
 * {@code vault-master-v2}…). The newest version wraps new and rotated owner keys; older versions
 * stay in the file for rows not yet re-wrapped and for restoring database backups.
 *
 * <p>{@link #open} refuses a missing file rather than creating one: silently starting with a new
 * master key would make every existing document unreadable. Only {@link #generateIfMissing} (the
 * embedded mode, a developer's machine) creates the file.
 */
public final class MasterKeyStore {

  private static final String TYPE = "PKCS12";
  private static final String ALIAS_PREFIX = "vault-master-v";

  private final Path path;
  private final char[] password;
  private final SecureRandom random;
  private final SortedMap<Integer, SecretKey> keys;

  private MasterKeyStore(Path path, char[] password, SecureRandom random, SortedMap<Integer, SecretKey> keys) {
    this.path = path;
    this.password = password.clone();
    this.random = random;
    this.keys = keys;
  }

  /**
   * @throws IllegalStateException if the file is missing, unreadable, has a wrong password or holds
   *     no master key
   */
  public static MasterKeyStore open(Path path, char[] password) {
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException("Vault master keystore not found: " + path);
    }
    SortedMap<Integer, SecretKey> keys = load(path, password);
    if (keys.isEmpty()) {
      throw new IllegalStateException("Vault master keystore holds no master key: " + path);
    }
    return new MasterKeyStore(path, password, new SecureRandom(), keys);
  }

  /** Opens the keystore, first creating it with a version-1 master key if the file does not exist. */
  public static synchronized MasterKeyStore generateIfMissing(Path path, char[] password) {
    if (!Files.exists(path)) {
      SortedMap<Integer, SecretKey> keys = new TreeMap<>();
      SecureRandom random = new SecureRandom();
      keys.put(1, KeyWrap.newKey(random));
      MasterKeyStore created = new MasterKeyStore(path, password, random, keys);
      created.save();
      return created;
    }
    return open(path, password);
  }

  public synchronized int currentVersion() {
    return keys.lastKey();
  }

  public synchronized SortedMap<Integer, SecretKey> versions() {
    return Collections.unmodifiableSortedMap(new TreeMap<>(keys));
  }

  /** @throws KeyUnavailableException if this keystore lacks that version */
  public synchronized SecretKey key(int version) {
    SecretKey key = keys.get(version);
    if (key == null) {
      throw new KeyUnavailableException("master key version " + version + " is not in the keystore");
    }
    return key;
  }

  /** Generates a new master key version, saves the file atomically and returns the version. */
  public synchronized int addVersion() {
    int version = keys.lastKey() + 1;
    keys.put(version, KeyWrap.newKey(random));
    try {
      save();
    } catch (RuntimeException e) {
      keys.remove(version);
      throw e;
    }
    return version;
  }

  private void save() {
    try {
      KeyStore store = KeyStore.getInstance(TYPE);
      store.load(null, null);
      KeyStore.PasswordProtection protection = new KeyStore.PasswordProtection(password);
      for (var entry : keys.entrySet()) {
        store.setEntry(ALIAS_PREFIX + entry.getKey(), new KeyStore.SecretKeyEntry(entry.getValue()), protection);
      }
      Path directory = path.toAbsolutePath().getParent();
      Files.createDirectories(directory);
      Path temporary = Files.createTempFile(directory, ".vault-master-", ".tmp");
      try {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
          Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        }
        try (OutputStream out = Files.newOutputStream(temporary)) {
          store.store(out, password);
        }
        // Never a half-written keystore: the old file stays until the new one is complete.
        Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the vault master keystore", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot write the vault master keystore", e);
    }
  }

  private static SortedMap<Integer, SecretKey> load(Path path, char[] password) {
    try (InputStream in = Files.newInputStream(path)) {
      KeyStore store = KeyStore.getInstance(TYPE);
      store.load(in, password);
      SortedMap<Integer, SecretKey> keys = new TreeMap<>();
      KeyStore.PasswordProtection protection = new KeyStore.PasswordProtection(password);
      for (Enumeration<String> aliases = store.aliases(); aliases.hasMoreElements(); ) {
        String alias = aliases.nextElement();
        if (alias.startsWith(ALIAS_PREFIX)) {
          int version = Integer.parseInt(alias.substring(ALIAS_PREFIX.length()));
          keys.put(version, ((KeyStore.SecretKeyEntry) store.getEntry(alias, protection)).getSecretKey());
        }
      }
      return keys;
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      throw new IllegalStateException("Cannot read the vault master keystore " + path + ": " + e.getMessage(), e);
    }
  }
}
