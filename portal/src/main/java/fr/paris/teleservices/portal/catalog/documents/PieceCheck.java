package fr.paris.teleservices.portal.catalog.documents;

import java.util.List;

/**
 * How one piece of an alternative is met.
 *
 * @param accepted the documents counted for it
 * @param outOfDate documents of the right type that fail the validity rule
 * @param missing how many more valid documents are needed
 */
public record PieceCheck(
    Piece piece, List<AttachedDocument> accepted, List<AttachedDocument> outOfDate, int missing) {

  public PieceCheck {
    accepted = List.copyOf(accepted);
    outOfDate = List.copyOf(outOfDate);
  }

  public boolean met() {
    return missing == 0;
  }
}
