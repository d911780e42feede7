package fr.paris.teleservices.notifications.outbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;

/**
 * How this module stores instants: {@code DATETIME(3)} in UTC, passed as {@link LocalDateTime} so
 * that neither the driver nor the server applies a time zone of its own.
 */
public final class Sql {

  private Sql() {}

  public static void set(PreparedStatement st, int index, Instant instant) throws SQLException {
    if (instant == null) {
      st.setNull(index, Types.TIMESTAMP);
    } else {
      st.setObject(index, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
  }

  public static Instant instant(ResultSet rs, int column) throws SQLException {
    LocalDateTime value = rs.getObject(column, LocalDateTime.class);
    return value == null ? null : value.toInstant(ZoneOffset.UTC);
  }

  public static Instant instant(ResultSet rs, String column) throws SQLException {
    LocalDateTime value = rs.getObject(column, LocalDateTime.class);
    return value == null ? null : value.toInstant(ZoneOffset.UTC);
  }

  /** "?, ?, ?" for an IN list. */
  public static String marks(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }
}
