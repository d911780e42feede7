package fr.paris.teleservices.vault.integrity;

import java.time.Instant;
import java.util.List;

/**
 * @param orphansDeleted keys of objects without a row, older than the grace period, now deleted
 * @param orphansKept objects without a row still within the grace period (an upload may be
 *     committing right now)
 * @param rowsWithoutObject documents whose object is missing: data loss to investigate, never
 *     deleted automatically
 */
public record ReconciliationReport(
    Instant startedAt, long objectsSeen, long rowsSeen, List<String> orphansDeleted, long orphansKept, List<DocumentCheck> rowsWithoutObject) {

  public ReconciliationReport {
    orphansDeleted = List.copyOf(orphansDeleted);
    rowsWithoutObject = List.copyOf(rowsWithoutObject);
  }
}
