package fr.paris.teleservices.notifications.support;

import fr.paris.teleservices.notifications.outbox.OutboxMessage;
import fr.paris.teleservices.notifications.outbox.SmsOutbox;
import fr.paris.teleservices.notifications.text.SmsKind;
import fr.paris.teleservices.notifications.text.SmsRenderer;
import fr.paris.teleservices.notifications.text.Where;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Writing and reading outbox rows in tests. */
public final class Outboxes {

  private Outboxes() {}

  /** A distinct valid French mobile number for each index. */
  public static String mobile(int index) {
    return String.format("+3361%07d", index);
  }

  /** A reminder for request {@code n}, due at {@code due}. */
  public static OutboxMessage reminder(String keyPrefix, int n, Instant due, LocalDate deadline) {
    Map<String, Object> params = new HashMap<>(Where.online("teleservices.paris.fr").params());
    params.put("number", "2025-" + n);
    params.put(SmsRenderer.DEADLINE, deadline.toString());
    return new OutboxMessage(
        keyPrefix + ":" + n, SmsKind.INCOMPLETE_REMINDER, "application:" + n, mobile(n), "fr", params, due,
        null);
  }

  /** Writes and commits. */
  public static void enqueue(DataSource ds, Clock clock, List<OutboxMessage> messages) throws SQLException {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      new SmsOutbox(clock).enqueue(c, messages);
      c.commit();
    }
  }

  public static List<OutboxMessage> reminders(String keyPrefix, int count, Instant due, LocalDate deadline) {
    List<OutboxMessage> messages = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      messages.add(reminder(keyPrefix, i, due, deadline));
    }
    return messages;
  }

  /** One column of one row, by dedupe key. */
  public static Map<String, Object> row(DataSource ds, String dedupeKey) throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement st = c.prepareStatement("SELECT * FROM sms_message WHERE dedupe_key = ?")) {
      st.setString(1, dedupeKey);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          return Map.of();
        }
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
        }
        return row;
      }
    }
  }

  /** Rows per state, for a key prefix. */
  public static Map<String, Integer> states(DataSource ds, String keyPrefix) throws SQLException {
    Map<String, Integer> counts = new HashMap<>();
    try (Connection c = ds.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "SELECT state, COUNT(*) FROM sms_message WHERE dedupe_key LIKE ? GROUP BY state")) {
      st.setString(1, keyPrefix + ":%");
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          counts.put(rs.getString(1), rs.getInt(2));
        }
      }
    }
    return counts;
  }

  /** A DATETIME column read with getObject, as the UTC instant the module stored. */
  public static Instant instant(Object value) {
    java.time.LocalDateTime local =
        value instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (java.time.LocalDateTime) value;
    return local.toInstant(java.time.ZoneOffset.UTC);
  }

  /** Empties the module's tables, so that each test sees only its own rows. */
  public static void clear(DataSource ds) throws SQLException {
    execute(ds, "DELETE FROM sms_message");
    execute(ds, "DELETE FROM sms_number");
  }

  public static int execute(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement st = c.prepareStatement(sql)) {
      return st.executeUpdate();
    }
  }
}
