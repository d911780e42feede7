package fr.paris.teleservices.vault.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Pages photographed one by one, to be kept as one PDF document.
 *
 * @param fileName the document's name (".pdf" is added), may be null
 */
public record PagesDepositRequest(
    List<PageUpload> pages, String fileName, DocumentType type, LocalDate issueDate, LocalDate expiryDate) {

  public PagesDepositRequest {
    pages = List.copyOf(pages);
    Objects.requireNonNull(type, "type");
  }

  public static PagesDepositRequest of(List<PageUpload> pages, String fileName, DocumentType type) {
    return new PagesDepositRequest(pages, fileName, type, null, null);
  }

  public PagesDepositRequest withDates(LocalDate issue, LocalDate expiry) {
    return new PagesDepositRequest(pages, fileName, type, issue, expiry);
  }
}
