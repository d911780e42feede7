package fr.paris.teleservices.portal.dossier;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of an instructor's queue. Pages are keyset-paged on (date of receipt, id), so the
 * hundredth page costs what the first does.
 *
 * @param rows the requests of the page
 * @param next the cursor of the next page, or {@code null} on the last page
 */
public record QueuePage(List<Row> rows, String next) {

  /** One line of the queue. */
  public record Row(
      String publicId,
      String number,
      String procedureId,
      String usagerName,
      DossierState state,
      LocalDate receivedOn,
      LocalDate completeBy) {}
}
