package fr.paris.teleservices.notifications.optout;

import fr.paris.teleservices.notifications.outbox.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The per-number register. Every method works on the caller's connection and never commits, so the
 * portal's settings page can change it inside its own transaction.
 */
public final class NumberRegistry {

  private NumberRegistry() {}

  public static NumberStatus status(Connection c, String e164) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT opted_out, opted_out_at, opt_out_source, flag_code, flagged_at"
                + " FROM sms_number WHERE e164 = ?")) {
      st.setString(1, e164);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          return NumberStatus.unknown(e164);
        }
        String source = rs.getString(3);
        return new NumberStatus(
            e164,
            rs.getBoolean(1),
            Sql.instant(rs, 2),
            source == null ? null : OptOutSource.valueOf(source),
            rs.getString(4),
            Sql.instant(rs, 5));
      }
    }
  }

  public static boolean isOptedOut(Connection c, String e164) throws SQLException {
    return status(c, e164).optedOut();
  }

  /** The numbers of a batch that are opted out. */
  public static Set<String> optedOutAmong(Connection c, Collection<String> numbers) throws SQLException {
    Set<String> optedOut = new HashSet<>();
    if (numbers.isEmpty()) {
      return optedOut;
    }
    String marks = Sql.marks(numbers.size());
    try (PreparedStatement st =
        c.prepareStatement("SELECT e164 FROM sms_number WHERE opted_out AND e164 IN (" + marks + ")")) {
      int i = 1;
      for (String number : numbers) {
        st.setString(i++, number);
      }
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          optedOut.add(rs.getString(1));
        }
      }
    }
    return optedOut;
  }

  /** Opts a number out; an existing opt-out keeps its original date and source. */
  public static void optOut(Connection c, String e164, OptOutSource source, Instant at) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "INSERT INTO sms_number (e164, opted_out, opted_out_at, opt_out_source, updated_at)"
                + " VALUES (?, TRUE, ?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE"
                + " opted_out_at = IF(opted_out, opted_out_at, VALUES(opted_out_at)),"
                + " opt_out_source = IF(opted_out, opt_out_source, VALUES(opt_out_source)),"
                + " opted_out = TRUE, updated_at = VALUES(updated_at)")) {
      st.setString(1, e164);
      Sql.set(st, 2, at);
      st.setString(3, source.name());
      Sql.set(st, 4, at);
      st.executeUpdate();
    }
  }

  /** Lets messages reach the number again (START, or the person's choice on the portal). */
  public static void optIn(Connection c, String e164, Instant at) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "UPDATE sms_number SET opted_out = FALSE, opted_out_at = NULL, opt_out_source = NULL,"
                + " updated_at = ? WHERE e164 = ?")) {
      Sql.set(st, 1, at);
      st.setString(2, e164);
      st.executeUpdate();
    }
  }

  /** Records that the provider refused the number for good, for staff to see. */
  public static void flag(Connection c, String e164, String code, Instant at) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "INSERT INTO sms_number (e164, flag_code, flagged_at, updated_at) VALUES (?, ?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE flag_code = VALUES(flag_code),"
                + " flagged_at = VALUES(flagged_at), updated_at = VALUES(updated_at)")) {
      st.setString(1, e164);
      st.setString(2, code);
      Sql.set(st, 3, at);
      Sql.set(st, 4, at);
      st.executeUpdate();
    }
  }

  /** Clears a flag once staff have checked the number with the person. */
  public static void clearFlag(Connection c, String e164, Instant at) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "UPDATE sms_number SET flag_code = NULL, flagged_at = NULL, updated_at = ? WHERE e164 = ?")) {
      Sql.set(st, 1, at);
      st.setString(2, e164);
      st.executeUpdate();
    }
  }
}
