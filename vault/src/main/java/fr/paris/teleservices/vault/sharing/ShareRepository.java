package fr.paris.teleservices.vault.sharing;

import fr.paris.teleservices.vault.access.Actor;
import fr.paris.teleservices.vault.transaction.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code vault_share} and {@code vault_share_document} tables. */
public final class ShareRepository {

  private static final String COLUMNS =
      "s.id, s.owner_id, s.owner_display_name, s.grantee_kind, s.grantee_id, s.grantee_name, s.valid_until,"
          + " s.created_at, s.revoked_at";

  /** Shares of a social worker or their structure, "active on a day": not revoked, not past their last day. */
  private static final String ACTIVE_FOR_WORKER =
      "s.revoked_at IS NULL AND s.valid_until >= ?"
          + " AND ((s.grantee_kind = 'SOCIAL_WORKER' AND s.grantee_id = ?) OR (s.grantee_kind = 'STRUCTURE' AND s.grantee_id = ?))";

  /** A document shared with a worker: who shares it, under which share, until when. */
  public record Grant(String ownerId, String ownerDisplayName, String documentId, String shareId, LocalDate validUntil) {}

  public void insert(Connection c, Share share) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO vault_share (id, owner_id, owner_display_name, grantee_kind, grantee_id, grantee_name,"
                + " valid_until, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, share.id());
      ps.setString(2, share.ownerId());
      ps.setString(3, share.ownerDisplayName());
      ps.setString(4, share.grantee().kind().name());
      ps.setString(5, share.grantee().id());
      ps.setString(6, share.grantee().name());
      Jdbc.setDate(ps, 7, share.validUntil());
      Jdbc.setInstant(ps, 8, share.createdAt());
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO vault_share_document (share_id, document_id) VALUES (?, ?)")) {
      for (String documentId : share.documentIds()) {
        ps.setString(1, share.id());
        ps.setString(2, documentId);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  public Optional<Share> find(Connection c, String shareId) throws SQLException {
    List<Share> shares = select(c, "s.id = ?", shareId);
    return shares.isEmpty() ? Optional.empty() : Optional.of(shares.get(0));
  }

  /** The owner's shares active on {@code today}, newest first. */
  public List<Share> active(Connection c, String ownerId, LocalDate today) throws SQLException {
    return select(c, "s.owner_id = ? AND s.revoked_at IS NULL AND s.valid_until >= ?", ownerId, today);
  }

  public void revoke(Connection c, String shareId, Instant at) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE vault_share SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
      Jdbc.setInstant(ps, 1, at);
      ps.setString(2, shareId);
      ps.executeUpdate();
    }
  }

  /** An active share that lets this worker read this document, if any. */
  public Optional<String> grantingShare(Connection c, String documentId, Actor.SocialWorker worker, LocalDate today)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT s.id FROM vault_share s JOIN vault_share_document d ON d.share_id = s.id"
                + " WHERE d.document_id = ? AND " + ACTIVE_FOR_WORKER + " ORDER BY s.valid_until DESC LIMIT 1")) {
      ps.setString(1, documentId);
      Jdbc.setDate(ps, 2, today);
      ps.setString(3, worker.workerId());
      ps.setString(4, worker.structureId());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  /** Every document currently shared with the worker or their structure, by owner. */
  public List<Grant> grantsFor(Connection c, Actor.SocialWorker worker, LocalDate today) throws SQLException {
    List<Grant> grants = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT s.owner_id, s.owner_display_name, d.document_id, s.id, s.valid_until, s.created_at"
                + " FROM vault_share s JOIN vault_share_document d ON d.share_id = s.id"
                + " WHERE " + ACTIVE_FOR_WORKER + " ORDER BY s.owner_id, s.created_at DESC")) {
      Jdbc.setDate(ps, 1, today);
      ps.setString(2, worker.workerId());
      ps.setString(3, worker.structureId());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          grants.add(new Grant(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), Jdbc.getDate(rs, "valid_until")));
        }
      }
    }
    return grants;
  }

  public void unlinkDocument(Connection c, String documentId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM vault_share_document WHERE document_id = ?")) {
      ps.setString(1, documentId);
      ps.executeUpdate();
    }
  }

  public void deleteOwner(Connection c, String ownerId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "DELETE d FROM vault_share_document d JOIN vault_share s ON s.id = d.share_id WHERE s.owner_id = ?")) {
      ps.setString(1, ownerId);
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM vault_share WHERE owner_id = ?")) {
      ps.setString(1, ownerId);
      ps.executeUpdate();
    }
  }

  private List<Share> select(Connection c, String where, Object... parameters) throws SQLException {
    Map<String, Share> shares = new LinkedHashMap<>();
    Map<String, List<String>> documents = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT " + COLUMNS + ", d.document_id FROM vault_share s LEFT JOIN vault_share_document d ON d.share_id = s.id"
                + " WHERE " + where + " ORDER BY s.created_at DESC, s.id, d.document_id")) {
      for (int i = 0; i < parameters.length; i++) {
        ps.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString("id");
          if (!shares.containsKey(id)) {
            shares.put(id, read(rs));
            documents.put(id, new ArrayList<>());
          }
          String documentId = rs.getString("document_id");
          if (documentId != null) {
            documents.get(id).add(documentId);
          }
        }
      }
    }
    List<Share> result = new ArrayList<>();
    shares.forEach(
        (id, s) ->
            result.add(
                new Share(s.id(), s.ownerId(), s.ownerDisplayName(), s.grantee(), s.validUntil(), s.createdAt(), s.revokedAt(), documents.get(id))));
    return result;
  }

  private static Share read(ResultSet rs) throws SQLException {
    return new Share(
        rs.getString("id"),
        rs.getString("owner_id"),
        rs.getString("owner_display_name"),
        new Grantee(GranteeKind.valueOf(rs.getString("grantee_kind")), rs.getString("grantee_id"), rs.getString("grantee_name")),
        Jdbc.getDate(rs, "valid_until"),
        Jdbc.getInstant(rs, "created_at"),
        Jdbc.getInstant(rs, "revoked_at"),
        List.of());
  }
}
