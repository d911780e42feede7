package fr.paris.teleservices.vault.document;

import fr.paris.teleservices.vault.access.ActorKind;
import fr.paris.teleservices.vault.transaction.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The {@code vault_document} table. */
public final class DocumentRepository {

  private static final String COLUMNS =
      "id, owner_id, object_key, document_type, file_name, content_type, plain_size, stored_size, hash_algorithm,"
          + " content_hash, issue_date, expiry_date, deposited_at, depositor_kind, depositor_id, wrapped_data_key,"
          + " object_format";

  /** Bytes and count of one owner's documents. */
  public record Usage(long bytes, int documents) {}

  public void insert(Connection c, DocumentRecord record) throws SQLException {
    DocumentSummary s = record.summary();
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO vault_document (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, s.id());
      ps.setString(2, s.ownerId());
      ps.setString(3, record.objectKey());
      ps.setString(4, s.type().name());
      ps.setString(5, s.fileName());
      ps.setString(6, s.contentType());
      ps.setLong(7, s.size());
      ps.setLong(8, record.storedSize());
      ps.setString(9, DocumentRecord.HASH_ALGORITHM);
      ps.setString(10, s.sha256());
      Jdbc.setDate(ps, 11, s.issueDate());
      Jdbc.setDate(ps, 12, s.expiryDate());
      Jdbc.setInstant(ps, 13, s.depositedAt());
      ps.setString(14, record.depositorKind().name());
      ps.setString(15, record.depositorId());
      ps.setBytes(16, record.wrappedDataKey());
      ps.setInt(17, record.objectFormat());
      ps.executeUpdate();
    }
  }

  public Optional<DocumentRecord> find(Connection c, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM vault_document WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    }
  }

  /** The owner's documents, newest first. */
  public List<DocumentRecord> ofOwner(Connection c, String ownerId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT " + COLUMNS + " FROM vault_document WHERE owner_id = ? ORDER BY deposited_at DESC, id")) {
      ps.setString(1, ownerId);
      return readAll(ps);
    }
  }

  /** Those of {@code ids} that belong to the owner. */
  public List<DocumentRecord> ofOwner(Connection c, String ownerId, Collection<String> ids) throws SQLException {
    if (ids.isEmpty()) {
      return List.of();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT " + COLUMNS + " FROM vault_document WHERE owner_id = ? AND id IN ("
                + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ") ORDER BY deposited_at DESC, id")) {
      ps.setString(1, ownerId);
      int i = 2;
      for (String id : ids) {
        ps.setString(i++, id);
      }
      return readAll(ps);
    }
  }

  public Usage usage(Connection c, String ownerId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT COALESCE(SUM(plain_size), 0), COUNT(*) FROM vault_document WHERE owner_id = ?")) {
      ps.setString(1, ownerId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new Usage(rs.getLong(1), rs.getInt(2));
      }
    }
  }

  public void rename(Connection c, String id, String fileName) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE vault_document SET file_name = ? WHERE id = ?")) {
      ps.setString(1, fileName);
      ps.setString(2, id);
      ps.executeUpdate();
    }
  }

  public void delete(Connection c, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM vault_document WHERE id = ?")) {
      ps.setString(1, id);
      ps.executeUpdate();
    }
  }

  public void deleteOwner(Connection c, String ownerId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM vault_document WHERE owner_id = ?")) {
      ps.setString(1, ownerId);
      ps.executeUpdate();
    }
  }

  /** A page of all documents in object-key order (binary collation, the order S3 lists keys in). */
  public List<DocumentRecord> pageByObjectKey(Connection c, String afterKey, int limit) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT " + COLUMNS + " FROM vault_document WHERE object_key > ? ORDER BY object_key LIMIT ?")) {
      ps.setString(1, afterKey);
      ps.setInt(2, limit);
      return readAll(ps);
    }
  }

  /** A page of all documents in id order. */
  public List<DocumentRecord> pageById(Connection c, String afterId, int limit) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT " + COLUMNS + " FROM vault_document WHERE id > ? ORDER BY id LIMIT ?")) {
      ps.setString(1, afterId);
      ps.setInt(2, limit);
      return readAll(ps);
    }
  }

  private static List<DocumentRecord> readAll(PreparedStatement ps) throws SQLException {
    List<DocumentRecord> records = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        records.add(read(rs));
      }
    }
    return records;
  }

  private static DocumentRecord read(ResultSet rs) throws SQLException {
    DocumentSummary summary =
        new DocumentSummary(
            rs.getString("id"),
            rs.getString("owner_id"),
            DocumentType.valueOf(rs.getString("document_type")),
            rs.getString("file_name"),
            rs.getString("content_type"),
            rs.getLong("plain_size"),
            Jdbc.getInstant(rs, "deposited_at"),
            Jdbc.getDate(rs, "issue_date"),
            Jdbc.getDate(rs, "expiry_date"),
            rs.getString("content_hash"));
    return new DocumentRecord(
        summary,
        rs.getString("object_key"),
        rs.getLong("stored_size"),
        rs.getBytes("wrapped_data_key"),
        rs.getInt("object_format"),
        ActorKind.valueOf(rs.getString("depositor_kind")),
        rs.getString("depositor_id"));
  }
}
