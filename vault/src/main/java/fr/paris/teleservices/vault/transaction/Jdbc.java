package fr.paris.teleservices.vault.transaction;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Conversions between Java time and the vault's columns. Instants are stored as UTC {@code
 * DATETIME(6)} through {@link LocalDateTime} so that neither the driver nor the session time zone
 * can shift them, and truncated to microseconds so that what was hashed (journal entries) is
 * exactly what is read back.
 */
public final class Jdbc {

  private Jdbc() {}

  public static Instant micros(Instant instant) {
    return instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }

  public static void setInstant(PreparedStatement ps, int index, Instant instant) throws SQLException {
    ps.setObject(index, instant == null ? null : LocalDateTime.ofInstant(micros(instant), ZoneOffset.UTC));
  }

  public static Instant getInstant(ResultSet rs, String column) throws SQLException {
    LocalDateTime value = rs.getObject(column, LocalDateTime.class);
    return value == null ? null : value.toInstant(ZoneOffset.UTC);
  }

  public static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
    ps.setObject(index, date);
  }

  public static LocalDate getDate(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }
}
