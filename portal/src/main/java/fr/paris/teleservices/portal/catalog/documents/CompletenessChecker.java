package fr.paris.teleservices.portal.catalog.documents;

import fr.paris.teleservices.portal.catalog.Procedure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells which requirements of a procedure the attached documents meet.
 *
 * <p>A document may serve several requirements (the latest tax notice proves both resources and
 * residence) but only one piece within an alternative. When no alternative is met, the one shown is
 * the closest: the fewest documents still needed; on a tie, the one where the person already
 * attached an out-of-date document (they are on that path: "your residence permit has expired"
 * rather than "add an identity card"); then the first listed in the catalog.
 */
public final class CompletenessChecker {

  private CompletenessChecker() {}

  public static Completeness check(
      Procedure procedure, LocalDate submission, List<AttachedDocument> documents) {
    List<RequirementCheck> checks = new ArrayList<>();
    for (DocumentRequirement requirement : procedure.requirements()) {
      checks.add(check(requirement, submission, documents));
    }
    return new Completeness(submission, checks);
  }

  public static RequirementCheck check(
      DocumentRequirement requirement, LocalDate submission, List<AttachedDocument> documents) {
    List<List<PieceCheck>> alternatives = new ArrayList<>();
    for (List<Piece> pieces : requirement.anyOf()) {
      alternatives.add(checkAlternative(pieces, submission, documents));
    }
    Comparator<Integer> closest =
        Comparator.<Integer>comparingInt(i -> missing(alternatives.get(i)))
            .thenComparing(i -> hasOutOfDate(alternatives.get(i)) ? 0 : 1)
            .thenComparingInt(i -> i);
    int best = 0;
    for (int i = 1; i < alternatives.size(); i++) {
      if (closest.compare(i, best) < 0) {
        best = i;
      }
    }
    List<PieceCheck> pieces = alternatives.get(best);
    return new RequirementCheck(requirement, status(requirement, pieces), best, pieces);
  }

  private static RequirementStatus status(DocumentRequirement requirement, List<PieceCheck> pieces) {
    if (missing(pieces) == 0) {
      return RequirementStatus.SATISFIED;
    }
    boolean outOfDate = pieces.stream().anyMatch(p -> !p.met() && !p.outOfDate().isEmpty());
    if (outOfDate) {
      return RequirementStatus.EXPIRED;
    }
    return requirement.optional()
        ? RequirementStatus.OPTIONAL_NOT_PROVIDED
        : RequirementStatus.MISSING;
  }

  private static List<PieceCheck> checkAlternative(
      List<Piece> pieces, LocalDate submission, List<AttachedDocument> documents) {
    Set<Integer> used = new HashSet<>();
    List<PieceCheck> checks = new ArrayList<>();
    for (Piece piece : pieces) {
      List<AttachedDocument> accepted = new ArrayList<>();
      List<AttachedDocument> outOfDate = new ArrayList<>();
      for (int i = 0; i < documents.size(); i++) {
        AttachedDocument document = documents.get(i);
        if (used.contains(i) || !document.documentType().equals(piece.documentType())) {
          continue;
        }
        if (accepted.size() < piece.count() && piece.validity().accepts(document, submission)) {
          accepted.add(document);
          used.add(i);
        } else if (!piece.validity().accepts(document, submission)) {
          outOfDate.add(document);
        }
      }
      checks.add(
          new PieceCheck(piece, accepted, outOfDate, piece.count() - accepted.size()));
    }
    return checks;
  }

  private static int missing(List<PieceCheck> pieces) {
    return pieces.stream().mapToInt(PieceCheck::missing).sum();
  }

  private static boolean hasOutOfDate(List<PieceCheck> pieces) {
    return pieces.stream().anyMatch(p -> !p.outOfDate().isEmpty());
  }
}
