package fr.paris.teleservices.portal.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The instructor's queue of one structure. Plain SQL on the (structure, state, date of receipt, id)
 * index, keyset-paged, so that it stays fast with hundreds of thousands of requests.
 */
@ApplicationScoped
public class DossierQueue {

  public static final int PAGE_SIZE = 25;

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  /**
   * One page of a tab, oldest receipt first (newest first for decided requests). {@code search}
   * matches a request number exactly or a part of the usager's name.
   */
  public QueuePage page(long structureId, QueueFilter filter, String search, String after) {
    boolean newestFirst = filter == QueueFilter.DECIDED;
    StringBuilder sql =
        new StringBuilder(
            "SELECT d.public_id, d.number, d.procedure_id, a.display_name, d.state, d.received_on,"
                + " d.complete_by, d.id FROM dossier d JOIN account a ON a.id = d.usager_id"
                + " WHERE d.structure_id = ?1 AND d.state IN (" + states(filter) + ")");
    String term = search == null ? "" : search.strip();
    if (!term.isEmpty()) {
      sql.append(term.matches("\\d{4}-\\d{6}") ? " AND d.number = ?2" : " AND a.display_name LIKE ?2");
    }
    Cursor cursor = Cursor.parse(after);
    if (cursor != null) {
      sql.append(
          newestFirst
              ? " AND (d.received_on < ?3 OR (d.received_on = ?3 AND d.id < ?4))"
              : " AND (d.received_on > ?3 OR (d.received_on = ?3 AND d.id > ?4))");
    }
    String order = newestFirst ? " DESC" : " ASC";
    sql.append(" ORDER BY d.received_on").append(order).append(", d.id").append(order);
    sql.append(" LIMIT ").append(PAGE_SIZE + 1);

    Query query = em.createNativeQuery(sql.toString()).setParameter(1, structureId);
    if (!term.isEmpty()) {
      query.setParameter(2, term.matches("\\d{4}-\\d{6}") ? term : "%" + escapeLike(term) + "%");
    }
    if (cursor != null) {
      query.setParameter(3, Date.valueOf(cursor.receivedOn())).setParameter(4, cursor.id());
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    List<QueuePage.Row> page = new ArrayList<>();
    String next = null;
    for (int i = 0; i < rows.size() && i < PAGE_SIZE; i++) {
      Object[] r = rows.get(i);
      page.add(
          new QueuePage.Row(
              (String) r[0],
              (String) r[1],
              (String) r[2],
              (String) r[3],
              DossierState.valueOf((String) r[4]),
              toDate(r[5]),
              toDate(r[6])));
      if (i == PAGE_SIZE - 1 && rows.size() > PAGE_SIZE) {
        next = new Cursor(toDate(r[5]), ((Number) r[7]).longValue()).toString();
      }
    }
    return new QueuePage(page, next);
  }

  /** How many requests each tab holds, for the tab labels. */
  public Map<QueueFilter, Long> counts(long structureId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT state, COUNT(*) FROM dossier WHERE structure_id = ?1 GROUP BY state")
            .setParameter(1, structureId)
            .getResultList();
    Map<QueueFilter, Long> counts = new EnumMap<>(QueueFilter.class);
    for (QueueFilter f : QueueFilter.values()) {
      counts.put(f, 0L);
    }
    for (Object[] r : rows) {
      DossierState state = DossierState.valueOf((String) r[0]);
      for (QueueFilter f : QueueFilter.values()) {
        if (f.states().contains(state)) {
          counts.merge(f, ((Number) r[1]).longValue(), Long::sum);
        }
      }
    }
    return counts;
  }

  private static String states(QueueFilter filter) {
    return filter.states().stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(","));
  }

  private static String escapeLike(String term) {
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static LocalDate toDate(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
  }

  /** Where the next page starts: after this (date of receipt, id). */
  record Cursor(LocalDate receivedOn, long id) {

    static Cursor parse(String text) {
      if (text == null || !text.matches("\\d{4}-\\d{2}-\\d{2}_\\d+")) {
        return null;
      }
      String[] parts = text.split("_");
      return new Cursor(LocalDate.parse(parts[0]), Long.parseLong(parts[1]));
    }

    @Override
    public String toString() {
      return receivedOn + "_" + id;
    }
  }
}
