package fr.paris.teleservices.portal.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;

/** Stores instants as UTC DATETIME(3); the JDBC connection time zone is UTC. */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

  @Override
  public Timestamp convertToDatabaseColumn(Instant value) {
    return value == null ? null : Timestamp.from(value);
  }

  @Override
  public Instant convertToEntityAttribute(Timestamp value) {
    return value == null ? null : value.toInstant();
  }
}
