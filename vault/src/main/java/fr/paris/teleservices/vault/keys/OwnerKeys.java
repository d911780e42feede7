package fr.paris.teleservices.vault.keys;

import fr.paris.teleservices.vault.transaction.Jdbc;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import javax.crypto.SecretKey;

/**
 * Owner keys, stored wrapped by a master key version in {@code vault_owner_key}. The row is also the
 * owner's lock: deposits take it {@code FOR UPDATE} so that two concurrent uploads cannot both pass
 * the quota.
 */
public final class OwnerKeys {

  private final MasterKeyStore masterKeys;
  private final SecureRandom random;
  private final Clock clock;

  public OwnerKeys(MasterKeyStore masterKeys, SecureRandom random, Clock clock) {
    this.masterKeys = masterKeys;
    this.random = random;
    this.clock = clock;
  }

  /** Creates the owner's key unless it exists; a concurrent creation is harmless (one row wins). */
  public void ensure(Connection c, String ownerId) throws SQLException {
    int version = masterKeys.currentVersion();
    byte[] wrapped = KeyWrap.wrap(masterKeys.key(version), KeyWrap.newKey(random));
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO vault_owner_key (owner_id, wrapped_key, master_key_version, created_at) VALUES (?, ?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE owner_id = owner_id")) {
      ps.setString(1, ownerId);
      ps.setBytes(2, wrapped);
      ps.setInt(3, version);
      Jdbc.setInstant(ps, 4, clock.instant());
      ps.executeUpdate();
    }
  }

  /** @throws KeyUnavailableException if the owner has no key (never deposited, or shredded) */
  public SecretKey unwrap(Connection c, String ownerId) throws SQLException {
    return unwrap(c, ownerId, false);
  }

  /** Same as {@link #unwrap(Connection, String)}, holding the owner's row lock until commit. */
  public SecretKey lockAndUnwrap(Connection c, String ownerId) throws SQLException {
    return unwrap(c, ownerId, true);
  }

  private SecretKey unwrap(Connection c, String ownerId, boolean lock) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT wrapped_key, master_key_version FROM vault_owner_key WHERE owner_id = ?"
                + (lock ? " FOR UPDATE" : ""))) {
      ps.setString(1, ownerId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new KeyUnavailableException("no owner key");
        }
        return KeyWrap.unwrap(masterKeys.key(rs.getInt("master_key_version")), rs.getBytes("wrapped_key"));
      }
    }
  }

  /** Deletes the owner's key: whatever ciphertext of theirs survives anywhere becomes noise. */
  public boolean destroy(Connection c, String ownerId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM vault_owner_key WHERE owner_id = ?")) {
      ps.setString(1, ownerId);
      return ps.executeUpdate() > 0;
    }
  }

  /**
   * Re-wraps up to {@code batch} rows not yet wrapped by {@code version}, locking them meanwhile.
   *
   * @return how many rows were re-wrapped (0 when none is left)
   */
  public int rewrapBatch(Connection c, int version, int batch) throws SQLException {
    SecretKey target = masterKeys.key(version);
    int done = 0;
    try (PreparedStatement select =
            c.prepareStatement(
                "SELECT owner_id, wrapped_key, master_key_version FROM vault_owner_key"
                    + " WHERE master_key_version <> ? ORDER BY owner_id LIMIT ? FOR UPDATE");
        PreparedStatement update =
            c.prepareStatement(
                "UPDATE vault_owner_key SET wrapped_key = ?, master_key_version = ?, rewrapped_at = ? WHERE owner_id = ?")) {
      select.setInt(1, version);
      select.setInt(2, batch);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          SecretKey ownerKey = KeyWrap.unwrap(masterKeys.key(rs.getInt("master_key_version")), rs.getBytes("wrapped_key"));
          update.setBytes(1, KeyWrap.wrap(target, ownerKey));
          update.setInt(2, version);
          Jdbc.setInstant(update, 3, clock.instant());
          update.setString(4, rs.getString("owner_id"));
          update.addBatch();
          done++;
        }
      }
      if (done > 0) {
        update.executeBatch();
      }
    }
    return done;
  }
}
