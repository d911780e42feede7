package fr.paris.teleservices.notifications.outbox;

import fr.paris.teleservices.notifications.optout.NumberRegistry;
import fr.paris.teleservices.notifications.sms.SmsLength;
import fr.paris.teleservices.notifications.text.SmsKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The dispatcher's SQL. Every write after the claim is guarded by the claim token. */
final class OutboxStore {

  /** What a claim found: rows now leased to the caller, and rows it closed instead of leasing. */
  record Claim(List<ClaimedMessage> leased, int cancelled, int optedOut, int abandoned) {}

  private static final String COLUMNS =
      "id, kind, recipient, language, template_key, params_json, attempts, respect_window,"
          + " not_after, state";

  private OutboxStore() {}

  /**
   * Locks up to {@code batch} rows that are due — abandoned leases first, then messages the person is
   * waiting for, then window-bound ones if the window is open — skipping rows another transaction
   * holds, and leases them to {@code token}. Rows past their {@code not_after} are cancelled, rows
   * for an opted-out number are closed as OPTED_OUT, and abandoned rows that have used up their
   * attempts are FAILED rather than tried forever.
   */
  static Claim claim(
      Connection c, int batch, Instant now, boolean windowOpen, String token, Instant leaseUntil, int maxAttempts)
      throws SQLException {
    List<Long> ids = new ArrayList<>();
    lockIds(
        c,
        "SELECT id FROM sms_message WHERE state = 'SENDING' AND lease_expires_at <= ?"
            + (windowOpen ? "" : " AND respect_window = FALSE")
            + " ORDER BY lease_expires_at LIMIT ? FOR UPDATE SKIP LOCKED",
        now,
        batch,
        ids);
    lockIds(
        c,
        "SELECT id FROM sms_message WHERE state = 'PENDING' AND respect_window = FALSE"
            + " AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED",
        now,
        batch - ids.size(),
        ids);
    if (windowOpen) {
      lockIds(
          c,
          "SELECT id FROM sms_message WHERE state = 'PENDING' AND respect_window = TRUE"
              + " AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED",
          now,
          batch - ids.size(),
          ids);
    }
    if (ids.isEmpty()) {
      return new Claim(List.of(), 0, 0, 0);
    }
    List<ClaimedMessage> rows = load(c, ids);
    Set<String> optedOut =
        NumberRegistry.optedOutAmong(c, rows.stream().map(ClaimedMessage::recipient).distinct().toList());
    List<ClaimedMessage> leased = new ArrayList<>();
    List<Long> expired = new ArrayList<>();
    List<Long> refused = new ArrayList<>();
    List<Long> abandoned = new ArrayList<>();
    for (ClaimedMessage row : rows) {
      if (row.notAfter() != null && !now.isBefore(row.notAfter())) {
        expired.add(row.id());
      } else if (optedOut.contains(row.recipient())) {
        refused.add(row.id());
      } else if (row.state() == MessageState.SENDING && row.attempts() >= maxAttempts) {
        abandoned.add(row.id());
      } else {
        leased.add(row);
      }
    }
    close(c, expired, MessageState.CANCELLED, "EXPIRED", now);
    close(c, refused, MessageState.OPTED_OUT, "OPTED_OUT", now);
    close(c, abandoned, MessageState.FAILED, "ABANDONED", now);
    lease(c, leased, token, leaseUntil, now);
    List<ClaimedMessage> withAttempt = new ArrayList<>(leased.size());
    for (ClaimedMessage row : leased) {
      withAttempt.add(
          new ClaimedMessage(
              row.id(), row.kind(), row.recipient(), row.language(), row.templateKey(), row.params(),
              row.attempts() + 1, row.respectsWindow(), row.notAfter(), MessageState.SENDING));
    }
    return new Claim(withAttempt, expired.size(), refused.size(), abandoned.size());
  }

  /** Records a message the gateway accepted. False when the lease was lost (see the README). */
  static boolean markSent(
      Connection c,
      long id,
      String token,
      String gateway,
      String providerId,
      String providerStatus,
      boolean delivered,
      String storedText,
      SmsLength length,
      Instant now)
      throws SQLException {
    // Assignments run left to right in MariaDB: state is set last so that the CASEs above it still
    // see whether a delivery report got here first (it may: the provider answers very fast).
    try (PreparedStatement st =
        c.prepareStatement(
            "UPDATE sms_message SET gateway = ?, provider_sid = COALESCE(provider_sid, ?),"
                + " provider_status = CASE WHEN state = 'SENDING' THEN ? ELSE provider_status END,"
                + " body = ?, encoding = ?, segments = ?, sent_at = COALESCE(sent_at, ?),"
                + " last_error_code = NULL, last_error_class = NULL,"
                + " claim_token = NULL, lease_expires_at = NULL, updated_at = ?,"
                + " state = CASE WHEN state = 'SENDING' THEN ? ELSE state END"
                + " WHERE id = ? AND claim_token = ?")) {
      st.setString(1, gateway);
      st.setString(2, providerId);
      st.setString(3, providerStatus);
      st.setString(4, storedText);
      st.setString(5, length.encoding().name());
      st.setInt(6, length.segments());
      Sql.set(st, 7, now);
      Sql.set(st, 8, now);
      st.setString(9, (delivered ? MessageState.DELIVERED : MessageState.SENT).name());
      st.setLong(10, id);
      st.setString(11, token);
      return st.executeUpdate() == 1;
    }
  }

  /** Puts a message back in the queue after a transient failure. */
  static boolean retryLater(
      Connection c, long id, String token, Instant nextAttempt, String errorClass, String errorCode, Instant now)
      throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "UPDATE sms_message SET state = 'PENDING', next_attempt_at = ?, last_error_class = ?,"
                + " last_error_code = ?, claim_token = NULL, lease_expires_at = NULL, updated_at = ?"
                + " WHERE id = ? AND claim_token = ? AND state = 'SENDING'")) {
      Sql.set(st, 1, nextAttempt);
      st.setString(2, errorClass);
      st.setString(3, errorCode);
      Sql.set(st, 4, now);
      st.setLong(5, id);
      st.setString(6, token);
      return st.executeUpdate() == 1;
    }
  }

  /** Ends a message that was not handed over (FAILED, OPTED_OUT). */
  static boolean finish(
      Connection c, long id, String token, MessageState state, String errorClass, String errorCode, Instant now)
      throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "UPDATE sms_message SET state = ?, last_error_class = ?, last_error_code = ?,"
                + " claim_token = NULL, lease_expires_at = NULL, updated_at = ?"
                + " WHERE id = ? AND claim_token = ? AND state = 'SENDING'")) {
      st.setString(1, state.name());
      st.setString(2, errorClass);
      st.setString(3, errorCode);
      Sql.set(st, 4, now);
      st.setLong(5, id);
      st.setString(6, token);
      return st.executeUpdate() == 1;
    }
  }

  private static void lockIds(Connection c, String sql, Instant now, int limit, List<Long> into)
      throws SQLException {
    if (limit <= 0) {
      return;
    }
    try (PreparedStatement st = c.prepareStatement(sql)) {
      Sql.set(st, 1, now);
      st.setInt(2, limit);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          into.add(rs.getLong(1));
        }
      }
    }
  }

  private static List<ClaimedMessage> load(Connection c, List<Long> ids) throws SQLException {
    List<ClaimedMessage> rows = new ArrayList<>(ids.size());
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT " + COLUMNS + " FROM sms_message WHERE id IN (" + Sql.marks(ids.size()) + ") ORDER BY id")) {
      for (int i = 0; i < ids.size(); i++) {
        st.setLong(i + 1, ids.get(i));
      }
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          rows.add(
              new ClaimedMessage(
                  rs.getLong("id"),
                  SmsKind.valueOf(rs.getString("kind")),
                  rs.getString("recipient"),
                  rs.getString("language"),
                  rs.getString("template_key"),
                  ParamsJson.read(rs.getString("params_json")),
                  rs.getInt("attempts"),
                  rs.getBoolean("respect_window"),
                  Sql.instant(rs, "not_after"),
                  MessageState.valueOf(rs.getString("state"))));
        }
      }
    }
    return rows;
  }

  private static void close(Connection c, List<Long> ids, MessageState state, String errorClass, Instant now)
      throws SQLException {
    if (ids.isEmpty()) {
      return;
    }
    try (PreparedStatement st =
        c.prepareStatement(
            "UPDATE sms_message SET state = ?, last_error_class = ?, claim_token = NULL,"
                + " lease_expires_at = NULL, updated_at = ? WHERE id IN (" + Sql.marks(ids.size()) + ")")) {
      st.setString(1, state.name());
      st.setString(2, errorClass);
      Sql.set(st, 3, now);
      for (int i = 0; i < ids.size(); i++) {
        st.setLong(i + 4, ids.get(i));
      }
      st.executeUpdate();
    }
  }

  private static void lease(
      Connection c, List<ClaimedMessage> rows, String token, Instant leaseUntil, Instant now)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement st =
        c.prepareStatement(
            "UPDATE sms_message SET state = 'SENDING', claim_token = ?, lease_expires_at = ?,"
                + " attempts = attempts + 1, updated_at = ? WHERE id IN (" + Sql.marks(rows.size()) + ")")) {
      st.setString(1, token);
      Sql.set(st, 2, leaseUntil);
      Sql.set(st, 3, now);
      for (int i = 0; i < rows.size(); i++) {
        st.setLong(i + 4, rows.get(i).id());
      }
      st.executeUpdate();
    }
  }
}
