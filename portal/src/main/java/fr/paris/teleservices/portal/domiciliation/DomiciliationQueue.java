package fr.paris.teleservices.portal.domiciliation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The structure's lists, in plain SQL on the (structure, state, …) indexes: by state, attestations
 * ending within two months, people without contact for two months or more; a search by number or
 * name. Pages of {@value #PAGE_SIZE} rows.
 */
@ApplicationScoped
public class DomiciliationQueue {

  public static final int PAGE_SIZE = 50;

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  /** One line of a list. */
  public record Row(
      String publicId,
      String number,
      String name,
      DomiciliationState state,
      Instant appointmentAt,
      LocalDate validUntil,
      Instant lastContactAt,
      int waitingMail) {}

  /** One page of a list, and whether there are more rows after it. */
  public record Page(List<Row> rows, boolean more) {}

  public Page page(long structureId, StaffTab tab, String search, int offset, LocalDate today) {
    Sql sql =
        new Sql(
            "SELECT d.public_id, d.number, d.given_names, d.family_name, d.state, d.appointment_at, d.valid_until,"
                + " d.last_contact_at,"
                + " (SELECT COALESCE(SUM(m.item_count), 0) FROM domiciliation_mail m"
                + " WHERE m.domiciliation_id = d.id AND m.collected_at IS NULL)"
                + " FROM domiciliation d WHERE d.structure_id = ?",
            structureId);
    condition(sql, tab, today);
    String term = search == null ? "" : search.strip();
    if (isNumber(term)) {
      sql.append(" AND d.number = ?", term.toUpperCase(Locale.ROOT));
    } else if (!term.isEmpty()) {
      String like = "%" + escapeLike(term) + "%";
      sql.append(" AND (d.family_name LIKE ? OR d.given_names LIKE ? OR CONCAT(d.given_names, ' ', d.family_name) LIKE ?)", like, like, like);
    }
    sql.append(order(tab) + " LIMIT " + (PAGE_SIZE + 1) + " OFFSET " + Math.max(0, offset));
    @SuppressWarnings("unchecked")
    List<Object[]> rows = sql.query(em).getResultList();
    List<Row> page = new ArrayList<>();
    for (int i = 0; i < rows.size() && i < PAGE_SIZE; i++) {
      Object[] r = rows.get(i);
      page.add(
          new Row(
              (String) r[0],
              (String) r[1],
              r[2] + " " + r[3],
              DomiciliationState.valueOf((String) r[4]),
              instant(r[5]),
              date(r[6]),
              instant(r[7]),
              ((Number) r[8]).intValue()));
    }
    return new Page(page, rows.size() > PAGE_SIZE);
  }

  /** How many rows each list holds, for the tab labels. */
  public Map<StaffTab, Long> counts(long structureId, LocalDate today) {
    Map<StaffTab, Long> counts = new EnumMap<>(StaffTab.class);
    for (StaffTab tab : StaffTab.values()) {
      Sql sql = new Sql("SELECT COUNT(*) FROM domiciliation d WHERE d.structure_id = ?", structureId);
      condition(sql, tab, today);
      counts.put(tab, ((Number) sql.query(em).getSingleResult()).longValue());
    }
    return counts;
  }

  private static void condition(Sql sql, StaffTab tab, LocalDate today) {
    switch (tab) {
      case REQUESTED -> sql.append(" AND d.state = 'REQUESTED'");
      case INTERVIEW -> sql.append(" AND d.state = 'INTERVIEW'");
      case RENEWAL_REQUESTED -> sql.append(" AND d.state = 'RENEWAL_REQUESTED'");
      case DOMICILED -> sql.append(" AND d.state IN ('GRANTED', 'RENEWAL_REQUESTED')");
      case ENDING_SOON ->
          sql.append(
              " AND d.state = 'GRANTED' AND d.valid_until <= ?", Date.valueOf(today.plus(DomiciliationRules.RENEWAL_WINDOW)));
      case NO_CONTACT ->
          sql.append(
              " AND d.state IN ('GRANTED', 'RENEWAL_REQUESTED') AND d.last_contact_at < ?",
              Timestamp.from(
                  today.minus(DomiciliationRules.NO_CONTACT_WARNING).plusDays(1).atStartOfDay(DomiciliationRules.PARIS).toInstant()));
      case CLOSED -> sql.append(" AND d.state IN ('REJECTED', 'ENDED', 'RADIATED')");
    }
  }

  private static String order(StaffTab tab) {
    return switch (tab) {
      case REQUESTED, RENEWAL_REQUESTED -> " ORDER BY d.updated_at, d.id";
      case INTERVIEW -> " ORDER BY d.appointment_at, d.id";
      case DOMICILED -> " ORDER BY d.family_name, d.given_names, d.id";
      case ENDING_SOON -> " ORDER BY d.valid_until, d.id";
      case NO_CONTACT -> " ORDER BY d.last_contact_at, d.id";
      case CLOSED -> " ORDER BY d.updated_at DESC, d.id DESC";
    };
  }

  static boolean isNumber(String term) {
    return term.toUpperCase(Locale.ROOT).matches("DOM-\\d{6}");
  }

  private static String escapeLike(String term) {
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    return Timestamp.valueOf((java.time.LocalDateTime) value).toInstant();
  }

  private static LocalDate date(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
  }

  /** A statement and its parameters in order: each "?" becomes "?n" as it is appended. */
  private static final class Sql {
    private final StringBuilder text = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    Sql(String start, Object... values) {
      append(start, values);
    }

    void append(String part, Object... values) {
      int next = 0;
      for (int i = 0; i < part.length(); i++) {
        char c = part.charAt(i);
        if (c == '?') {
          parameters.add(values[next++]);
          text.append('?').append(parameters.size());
        } else {
          text.append(c);
        }
      }
    }

    Query query(EntityManager em) {
      Query query = em.createNativeQuery(text.toString());
      for (int i = 0; i < parameters.size(); i++) {
        query.setParameter(i + 1, parameters.get(i));
      }
      return query;
    }
  }
}
