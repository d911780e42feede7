package fr.paris.teleservices.portal.catalog.documents;

import java.time.LocalDate;

/**
 * A document attached to a request, as far as the completeness check needs to know it.
 *
 * @param id the caller's reference (the vault document's id), or {@code null}
 * @param documentType one of {@link fr.paris.teleservices.portal.catalog.DocumentTypes#ALL}
 * @param issueDate when it was issued, or {@code null} when unknown
 * @param expiryDate when it stops being valid, or {@code null} when it has none or it is unknown
 * @param taxYear for a tax notice, the year of the income it is about, or {@code null}
 */
public record AttachedDocument(
    String id, String documentType, LocalDate issueDate, LocalDate expiryDate, Integer taxYear) {

  public static AttachedDocument of(String documentType) {
    return new AttachedDocument(null, documentType, null, null, null);
  }

  public static AttachedDocument issued(String documentType, LocalDate issueDate) {
    return new AttachedDocument(null, documentType, issueDate, null, null);
  }

  public static AttachedDocument expiring(String documentType, LocalDate expiryDate) {
    return new AttachedDocument(null, documentType, null, expiryDate, null);
  }

  public static AttachedDocument taxNotice(int incomeYear) {
    return new AttachedDocument(null, "TAX_NOTICE", null, null, incomeYear);
  }
}
