package fr.paris.teleservices.portal.catalog.documents;

import java.util.List;

/**
 * The result for one requirement.
 *
 * @param alternative the index in {@code anyOf} of the alternative that is met or, when none is,
 *     of the closest one
 * @param pieces how each piece of that alternative is met
 */
public record RequirementCheck(
    DocumentRequirement requirement,
    RequirementStatus status,
    int alternative,
    List<PieceCheck> pieces) {

  public RequirementCheck {
    pieces = List.copyOf(pieces);
  }

  /** Whether this requirement keeps the request incomplete. */
  public boolean blocking() {
    return !requirement.optional() && status != RequirementStatus.SATISFIED;
  }

  /** Exactly what is still needed: the pieces of the closest alternative not yet met. */
  public List<PieceCheck> missingPieces() {
    return pieces.stream().filter(p -> !p.met()).toList();
  }
}
