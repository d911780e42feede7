package fr.paris.teleservices.notifications.admin;

import fr.paris.teleservices.notifications.optout.NumberRegistry;
import fr.paris.teleservices.notifications.optout.NumberStatus;
import fr.paris.teleservices.notifications.optout.OptOutSource;
import fr.paris.teleservices.notifications.outbox.MessageState;
import fr.paris.teleservices.notifications.outbox.Sql;
import fr.paris.teleservices.notifications.sms.EmbeddedOutboxGateway;
import fr.paris.teleservices.notifications.sms.PhoneNumbers;
import fr.paris.teleservices.notifications.sms.SmsEncoding;
import fr.paris.teleservices.notifications.text.SmsKind;
import fr.paris.teleservices.notifications.window.SendingWindow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/** Read-only queries for the portal's pages, each on a connection of its own. */
public final class SmsQueries {

  /** Who looks at a request's history. */
  public enum Audience {
    /** The usager: sees the texts they received. */
    OWNER,
    /** A social worker: sees when and whether, not the text. */
    STAFF
  }

  /** One SMS of a subject. {@code text} is null for staff and for messages not sent yet. */
  public record HistoryEntry(
      long id, SmsKind kind, MessageState state, Instant createdAt, Instant dueAt, Instant sentAt,
      String maskedRecipient, SmsEncoding encoding, Integer segments, String errorCode, String text) {}

  /** A message that failed for good or was not delivered. */
  public record Failure(
      long id, SmsKind kind, String subject, MessageState state, String maskedRecipient,
      String errorClass, String errorCode, int attempts, Instant at) {}

  /** A number that is opted out or flagged. */
  public record NumberEntry(
      String maskedNumber, boolean optedOut, Instant optedOutAt, OptOutSource optOutSource,
      String flagCode, Instant flaggedAt) {}

  /** One day (Paris) of traffic: messages handed over, their segments (what is billed), failures. */
  public record DailyVolume(LocalDate day, int sent, int segments, int failed) {}

  /** A message "delivered" to the embedded outbox. */
  public record EmbeddedMessage(
      long id, SmsKind kind, String recipient, String language, String text, Instant sentAt) {}

  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final DataSource dataSource;

  public SmsQueries(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Every SMS of a subject (a request, a domiciliation, an account), newest first. */
  public List<HistoryEntry> history(String subject, Audience audience) throws SQLException {
    List<HistoryEntry> entries = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "SELECT id, kind, state, created_at, due_at, sent_at, recipient, encoding, segments,"
                    + " last_error_code, body FROM sms_message WHERE subject = ?"
                    + " ORDER BY created_at DESC, id DESC")) {
      st.setString(1, subject);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          String encoding = rs.getString("encoding");
          entries.add(
              new HistoryEntry(
                  rs.getLong("id"),
                  SmsKind.valueOf(rs.getString("kind")),
                  MessageState.valueOf(rs.getString("state")),
                  Sql.instant(rs, "created_at"),
                  Sql.instant(rs, "due_at"),
                  Sql.instant(rs, "sent_at"),
                  PhoneNumbers.mask(rs.getString("recipient")),
                  encoding == null ? null : SmsEncoding.valueOf(encoding),
                  rs.getObject("segments", Integer.class),
                  rs.getString("last_error_code"),
                  audience == Audience.OWNER ? rs.getString("body") : null));
        }
      }
    }
    return entries;
  }

  /** Messages FAILED or UNDELIVERED since an instant, newest first. */
  public List<Failure> failures(Instant since, int limit) throws SQLException {
    List<Failure> failures = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "SELECT id, kind, subject, state, recipient, last_error_class, last_error_code,"
                    + " attempts, updated_at FROM sms_message"
                    + " WHERE state IN ('FAILED', 'UNDELIVERED') AND updated_at >= ?"
                    + " ORDER BY updated_at DESC LIMIT ?")) {
      Sql.set(st, 1, since);
      st.setInt(2, limit);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          failures.add(
              new Failure(
                  rs.getLong("id"),
                  SmsKind.valueOf(rs.getString("kind")),
                  rs.getString("subject"),
                  MessageState.valueOf(rs.getString("state")),
                  PhoneNumbers.mask(rs.getString("recipient")),
                  rs.getString("last_error_class"),
                  rs.getString("last_error_code"),
                  rs.getInt("attempts"),
                  Sql.instant(rs, "updated_at")));
        }
      }
    }
    return failures;
  }

  /** Opted-out and flagged numbers, most recently changed first, masked. */
  public List<NumberEntry> numbers(int limit) throws SQLException {
    List<NumberEntry> numbers = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "SELECT e164, opted_out, opted_out_at, opt_out_source, flag_code, flagged_at"
                    + " FROM sms_number WHERE opted_out OR flag_code IS NOT NULL"
                    + " ORDER BY updated_at DESC LIMIT ?")) {
      st.setInt(1, limit);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          String source = rs.getString("opt_out_source");
          numbers.add(
              new NumberEntry(
                  PhoneNumbers.mask(rs.getString("e164")),
                  rs.getBoolean("opted_out"),
                  Sql.instant(rs, "opted_out_at"),
                  source == null ? null : OptOutSource.valueOf(source),
                  rs.getString("flag_code"),
                  Sql.instant(rs, "flagged_at")));
        }
      }
    }
    return numbers;
  }

  /** One number in full, for an administrator's detail view or the usager's settings page. */
  public NumberStatus numberStatus(String e164) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return NumberRegistry.status(c, e164);
    }
  }

  public boolean isOptedOut(String e164) throws SQLException {
    return numberStatus(e164).optedOut();
  }

  /**
   * Traffic per Paris day from {@code from} to {@code to} inclusive. Counted per UTC hour in SQL
   * (Paris is always a whole number of hours from UTC) and folded into Paris days here, so the
   * server needs no time-zone tables.
   */
  public List<DailyVolume> volumePerDay(LocalDate from, LocalDate to) throws SQLException {
    Instant start = from.atStartOfDay(SendingWindow.PARIS).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(SendingWindow.PARIS).toInstant();
    Map<LocalDate, int[]> days = new TreeMap<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      days.put(d, new int[3]);
    }
    try (Connection c = dataSource.getConnection()) {
      perHour(
          c,
          "SELECT DATE_FORMAT(sent_at, '%Y-%m-%d %H'), COUNT(*), COALESCE(SUM(segments), 0)"
              + " FROM sms_message WHERE sent_at >= ? AND sent_at < ? GROUP BY 1",
          start, end, days, 0);
      perHour(
          c,
          "SELECT DATE_FORMAT(updated_at, '%Y-%m-%d %H'), COUNT(*), 0 FROM sms_message"
              + " WHERE state IN ('FAILED', 'UNDELIVERED') AND updated_at >= ? AND updated_at < ?"
              + " GROUP BY 1",
          start, end, days, 2);
    }
    List<DailyVolume> volumes = new ArrayList<>();
    days.forEach((day, n) -> volumes.add(new DailyVolume(day, n[0], n[1], n[2])));
    return volumes;
  }

  /**
   * What the embedded gateway "delivered", newest first: exactly the text that would have gone out.
   * Recipients are masked unless {@code revealRecipients} (an administrator's detail view).
   */
  public List<EmbeddedMessage> embeddedOutbox(int limit, boolean revealRecipients) throws SQLException {
    List<EmbeddedMessage> messages = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "SELECT id, kind, recipient, language, body, sent_at FROM sms_message"
                    + " WHERE gateway = ? ORDER BY sent_at DESC, id DESC LIMIT ?")) {
      st.setString(1, EmbeddedOutboxGateway.NAME);
      st.setInt(2, limit);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          String recipient = rs.getString("recipient");
          messages.add(
              new EmbeddedMessage(
                  rs.getLong("id"),
                  SmsKind.valueOf(rs.getString("kind")),
                  revealRecipients ? recipient : PhoneNumbers.mask(recipient),
                  rs.getString("language"),
                  rs.getString("body"),
                  Sql.instant(rs, "sent_at")));
        }
      }
    }
    return messages;
  }

  private static void perHour(
      Connection c, String sql, Instant start, Instant end, Map<LocalDate, int[]> days, int column)
      throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql)) {
      Sql.set(st, 1, start);
      Sql.set(st, 2, end);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          Instant hour = LocalDateTime.parse(rs.getString(1) + ":00", HOUR)
              .toInstant(ZoneOffset.UTC);
          int[] day = days.get(hour.atZone(SendingWindow.PARIS).toLocalDate());
          if (day != null) {
            day[column] += rs.getInt(2);
            if (column == 0) {
              day[1] += rs.getInt(3);
            }
          }
        }
      }
    }
  }
}
