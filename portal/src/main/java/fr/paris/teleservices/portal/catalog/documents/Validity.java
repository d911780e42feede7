package fr.paris.teleservices.portal.catalog.documents;

import java.time.LocalDate;

/**
 * A validity rule of a piece.
 *
 * @param value months for {@link ValidityKind#ISSUED_WITHIN_MONTHS}, years back for {@link
 *     ValidityKind#TAX_YEAR}, 0 otherwise
 */
public record Validity(ValidityKind kind, int value) {

  public static final Validity ANY = new Validity(ValidityKind.ANY, 0);
  public static final Validity CURRENT = new Validity(ValidityKind.CURRENT, 0);

  public static Validity issuedWithinMonths(int months) {
    return new Validity(ValidityKind.ISSUED_WITHIN_MONTHS, months);
  }

  public static Validity taxYear(int yearsBack) {
    return new Validity(ValidityKind.TAX_YEAR, yearsBack);
  }

  /**
   * Whether the document meets this rule on the day of submission. A document whose needed date is
   * unknown is accepted: the instructor sees the document itself, and a gap in its description
   * must not block a request.
   */
  public boolean accepts(AttachedDocument document, LocalDate submission) {
    return switch (kind) {
      case ANY -> true;
      case CURRENT -> document.expiryDate() == null || !document.expiryDate().isBefore(submission);
      case ISSUED_WITHIN_MONTHS ->
          document.issueDate() == null
              || !document.issueDate().isBefore(submission.minusMonths(value));
      case TAX_YEAR -> {
        Integer incomeYear = incomeYear(document);
        yield incomeYear == null
            || (incomeYear >= firstTaxYear(submission) && incomeYear <= lastTaxYear(submission));
      }
    };
  }

  /** The oldest income year a TAX_YEAR rule accepts for a request submitted on this day. */
  public int firstTaxYear(LocalDate submission) {
    return submission.getYear() - value;
  }

  /** The latest income year a TAX_YEAR rule accepts for a request submitted on this day. */
  public int lastTaxYear(LocalDate submission) {
    return submission.getYear() - 1;
  }

  private static Integer incomeYear(AttachedDocument document) {
    if (document.taxYear() != null) {
      return document.taxYear();
    }
    // A notice issued in year Y is about the income of year Y - 1.
    return document.issueDate() == null ? null : document.issueDate().getYear() - 1;
  }
}
