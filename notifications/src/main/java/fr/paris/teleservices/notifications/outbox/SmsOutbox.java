package fr.paris.teleservices.notifications.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes SMS to the outbox and withdraws them, on the caller's connection and inside the caller's
 * transaction: nothing here commits, rolls back or changes auto-commit. If the caller's
 * transaction rolls back, the messages were never planned.
 */
public final class SmsOutbox {

  private static final String INSERT =
      "INSERT INTO sms_message (dedupe_key, kind, subject, recipient, language, template_key,"
          + " params_json, respect_window, due_at, not_after, state, attempts, next_attempt_at,"
          + " created_at, updated_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)"
          // A second write of the same dedupe key is a no-op, whatever the row's state.
          + " ON DUPLICATE KEY UPDATE id = id";

  private static final int COUNT_SLICE = 1000;

  private final Clock clock;

  public SmsOutbox(Clock clock) {
    this.clock = clock;
  }

  /** Queues the messages (one JDBC batch); those whose dedupe key exists already are left alone. */
  public void enqueue(Connection c, List<OutboxMessage> messages) throws SQLException {
    if (messages.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    try (PreparedStatement st = c.prepareStatement(INSERT)) {
      for (OutboxMessage m : messages) {
        st.setString(1, m.dedupeKey());
        st.setString(2, m.kind().name());
        st.setString(3, m.subject());
        st.setString(4, m.recipient());
        st.setString(5, m.language());
        st.setString(6, m.kind().templateKey());
        st.setString(7, ParamsJson.write(m.params()));
        st.setBoolean(8, m.kind().respectsWindow());
        Sql.set(st, 9, m.dueAt());
        Sql.set(st, 10, m.notAfter());
        Sql.set(st, 11, m.dueAt());
        Sql.set(st, 12, now);
        Sql.set(st, 13, now);
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  /**
   * Withdraws every message of a subject that has not been handed to a gateway: pending rows, and
   * rows whose dispatcher died (lease expired — in the rare case it died just after the provider
   * accepted, the row says CANCELLED for a message that went). A row being sent right now is left
   * to finish. Returns the number of rows cancelled.
   */
  public int cancelPending(Connection c, String subject) throws SQLException {
    return cancelUnsent(c, "subject", subject);
  }

  /**
   * Withdraws every message not yet handed to a gateway for one number, whatever its subject: the
   * person closed their account, nothing more goes to them. Same rules as {@link #cancelPending}.
   */
  public int cancelPendingTo(Connection c, String recipient) throws SQLException {
    return cancelUnsent(c, "recipient", recipient);
  }

  /** {@code column} is one of this class's constants, never input. */
  private int cancelUnsent(Connection c, String column, String value) throws SQLException {
    Instant now = clock.instant();
    try (PreparedStatement st =
        c.prepareStatement(
            "UPDATE sms_message SET state = 'CANCELLED', claim_token = NULL, lease_expires_at = NULL,"
                + " updated_at = ? WHERE " + column + " = ?"
                + " AND (state = 'PENDING' OR (state = 'SENDING' AND lease_expires_at <= ?))")) {
      Sql.set(st, 1, now);
      st.setString(2, value);
      Sql.set(st, 3, now);
      return st.executeUpdate();
    }
  }

  /**
   * How many messages of a kind each subject has had handed over or in flight — what a "at most N
   * per request" rule counts. Subjects without any are absent from the map.
   */
  public static Map<String, Integer> countHandedOver(
      Connection c, String kind, Collection<String> subjects) throws SQLException {
    Map<String, Integer> counts = new HashMap<>();
    List<String> all = List.copyOf(subjects);
    // A prepared statement takes at most 65,535 parameters: large batches are asked in slices.
    for (int from = 0; from < all.size(); from += COUNT_SLICE) {
      List<String> slice = all.subList(from, Math.min(all.size(), from + COUNT_SLICE));
      try (PreparedStatement st =
          c.prepareStatement(
              "SELECT subject, COUNT(*) FROM sms_message WHERE kind = ? AND subject IN ("
                  + Sql.marks(slice.size())
                  + ") AND state IN ('SENDING', 'SENT', 'DELIVERED', 'UNDELIVERED')"
                  + " GROUP BY subject")) {
        st.setString(1, kind);
        int i = 2;
        for (String subject : slice) {
          st.setString(i++, subject);
        }
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            counts.put(rs.getString(1), rs.getInt(2));
          }
        }
      }
    }
    return counts;
  }
}
