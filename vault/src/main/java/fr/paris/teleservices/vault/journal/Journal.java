package fr.paris.teleservices.vault.journal;

import fr.paris.teleservices.vault.access.Actor;
import fr.paris.teleservices.vault.access.ActorKind;
import fr.paris.teleservices.vault.access.DisplayNames;
import fr.paris.teleservices.vault.transaction.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Appends to, reads and verifies the owners' hash chains. */
public final class Journal {

  /** Receives entries one by one, so that a long journal never sits in memory whole. */
  @FunctionalInterface
  public interface EntryConsumer {
    void accept(JournalEntry entry) throws SQLException;
  }

  private static final String COLUMNS =
      "owner_id, sequence, occurred_at, action, actor_kind, actor_id, actor_name, actor_structure_id,"
          + " on_behalf_of, mandate_id, document_id, share_id, detail, previous_hash, entry_hash";

  private final Clock clock;

  public Journal(Clock clock) {
    this.clock = clock;
  }

  /** What is about to be journaled, before it gets its place in the chain. */
  public record Event(JournalAction action, String documentId, String shareId, String detail) {
    public static Event of(JournalAction action, String documentId) {
      return new Event(action, documentId, null, null);
    }
  }

  /**
   * Appends an entry to the owner's chain, in the caller's transaction: the entry commits or rolls
   * back with what it records.
   */
  public JournalEntry append(Connection c, String ownerId, Actor actor, Event event) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO vault_journal_head (owner_id, last_sequence, last_hash) VALUES (?, 0, ?)"
                + " ON DUPLICATE KEY UPDATE owner_id = owner_id")) {
      ps.setString(1, ownerId);
      ps.setString(2, CanonicalForm.GENESIS);
      ps.executeUpdate();
    }
    long lastSequence;
    String lastHash;
    try (PreparedStatement ps =
        c.prepareStatement("SELECT last_sequence, last_hash FROM vault_journal_head WHERE owner_id = ? FOR UPDATE")) {
      ps.setString(1, ownerId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        lastSequence = rs.getLong(1);
        lastHash = rs.getString(2);
      }
    }
    JournalEntry unsealed = entry(ownerId, lastSequence + 1, actor, event, lastHash, null);
    JournalEntry entry = withHash(unsealed, CanonicalForm.hash(unsealed));
    insert(c, entry);
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE vault_journal_head SET last_sequence = ?, last_hash = ? WHERE owner_id = ?")) {
      ps.setLong(1, entry.sequence());
      ps.setString(2, entry.hash());
      ps.setString(3, ownerId);
      ps.executeUpdate();
    }
    return entry;
  }

  /** The owner's entries, newest first. */
  public List<JournalEntry> list(Connection c, String ownerId, int offset, int limit) throws SQLException {
    List<JournalEntry> entries = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT " + COLUMNS + " FROM vault_journal WHERE owner_id = ? ORDER BY sequence DESC LIMIT ? OFFSET ?")) {
      ps.setString(1, ownerId);
      ps.setInt(2, limit);
      ps.setInt(3, offset);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          entries.add(read(rs));
        }
      }
    }
    return entries;
  }

  /** The owner's entries, oldest first, streamed. */
  public void forEach(Connection c, String ownerId, EntryConsumer consumer) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT " + COLUMNS + " FROM vault_journal WHERE owner_id = ? ORDER BY sequence")) {
      ps.setString(1, ownerId);
      ps.setFetchSize(500);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          consumer.accept(read(rs));
        }
      }
    }
  }

  /** Walks the chain from the first entry and reports the first one that does not hold. */
  public JournalVerification verify(Connection c, String ownerId) throws SQLException {
    Chain chain = new Chain(ownerId);
    try (PreparedStatement ps =
        c.prepareStatement("SELECT " + COLUMNS + " FROM vault_journal WHERE owner_id = ? ORDER BY sequence")) {
      ps.setString(1, ownerId);
      ps.setFetchSize(500);
      try (ResultSet rs = ps.executeQuery()) {
        while (chain.broken == null && rs.next()) {
          JournalEntry entry;
          try {
            entry = read(rs);
          } catch (IllegalArgumentException e) {
            // An action or actor kind edited into something that does not exist.
            chain.fail(rs.getLong("sequence"), "content altered");
            break;
          }
          chain.check(entry);
        }
      }
    }
    if (chain.broken != null) {
      return chain.result();
    }
    try (PreparedStatement ps =
        c.prepareStatement("SELECT last_sequence, last_hash FROM vault_journal_head WHERE owner_id = ?")) {
      ps.setString(1, ownerId);
      try (ResultSet rs = ps.executeQuery()) {
        long headSequence = rs.next() ? rs.getLong(1) : 0;
        String headHash = headSequence == 0 ? CanonicalForm.GENESIS : rs.getString(2);
        if (headSequence != chain.expected - 1 || !headHash.equals(chain.previousHash)) {
          // The newest entries were removed (or the head was altered): the chain ends too early.
          chain.fail(Math.min(headSequence, chain.expected), "the chain does not end where its head says");
        }
      }
    }
    return chain.result();
  }

  public void deleteAll(Connection c, String ownerId) throws SQLException {
    for (String table : new String[] {"vault_journal", "vault_journal_head"}) {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE owner_id = ?")) {
        ps.setString(1, ownerId);
        ps.executeUpdate();
      }
    }
  }

  private static final class Chain {
    private final String ownerId;
    private long expected = 1;
    private long checked;
    private String previousHash = CanonicalForm.GENESIS;
    private Long broken;
    private String problem;

    Chain(String ownerId) {
      this.ownerId = ownerId;
    }

    void check(JournalEntry entry) {
      checked++;
      if (entry.sequence() != expected) {
        fail(expected, "entry missing");
      } else if (!entry.previousHash().equals(previousHash)) {
        fail(entry.sequence(), "does not follow the previous entry");
      } else if (!CanonicalForm.hash(entry).equals(entry.hash())) {
        fail(entry.sequence(), "content altered");
      } else {
        previousHash = entry.hash();
        expected++;
      }
    }

    void fail(long sequence, String what) {
      broken = sequence;
      problem = what;
    }

    JournalVerification result() {
      return new JournalVerification(ownerId, checked, broken, problem);
    }
  }

  private JournalEntry entry(
      String ownerId, long sequence, Actor actor, Event event, String previousHash, String hash) {
    String structure = actor instanceof Actor.SocialWorker worker ? worker.structureId() : null;
    String onBehalfOf = actor instanceof Actor.Agent agent ? agent.usagerId() : null;
    String mandate = actor instanceof Actor.Agent agent ? agent.mandateId() : null;
    return new JournalEntry(
        ownerId,
        sequence,
        Jdbc.micros(clock.instant()),
        event.action(),
        actor.kind(),
        actor.id(),
        DisplayNames.bounded(actor.displayName()),
        structure,
        onBehalfOf,
        mandate,
        event.documentId(),
        event.shareId(),
        event.detail(),
        previousHash,
        hash);
  }

  private static JournalEntry withHash(JournalEntry e, String hash) {
    return new JournalEntry(
        e.ownerId(), e.sequence(), e.occurredAt(), e.action(), e.actorKind(), e.actorId(), e.actorName(),
        e.actorStructureId(), e.onBehalfOf(), e.mandateId(), e.documentId(), e.shareId(), e.detail(),
        e.previousHash(), hash);
  }

  private static void insert(Connection c, JournalEntry e) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO vault_journal (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, e.ownerId());
      ps.setLong(2, e.sequence());
      Jdbc.setInstant(ps, 3, e.occurredAt());
      ps.setString(4, e.action().name());
      ps.setString(5, e.actorKind().name());
      ps.setString(6, e.actorId());
      ps.setString(7, e.actorName());
      ps.setString(8, e.actorStructureId());
      ps.setString(9, e.onBehalfOf());
      ps.setString(10, e.mandateId());
      ps.setString(11, e.documentId());
      ps.setString(12, e.shareId());
      ps.setString(13, e.detail());
      ps.setString(14, e.previousHash());
      ps.setString(15, e.hash());
      ps.executeUpdate();
    }
  }

  private static JournalEntry read(ResultSet rs) throws SQLException {
    return new JournalEntry(
        rs.getString("owner_id"),
        rs.getLong("sequence"),
        Jdbc.getInstant(rs, "occurred_at"),
        JournalAction.valueOf(rs.getString("action")),
        ActorKind.valueOf(rs.getString("actor_kind")),
        rs.getString("actor_id"),
        rs.getString("actor_name"),
        rs.getString("actor_structure_id"),
        rs.getString("on_behalf_of"),
        rs.getString("mandate_id"),
        rs.getString("document_id"),
        rs.getString("share_id"),
        rs.getString("detail"),
        rs.getString("previous_hash"),
        rs.getString("entry_hash"));
  }
}
