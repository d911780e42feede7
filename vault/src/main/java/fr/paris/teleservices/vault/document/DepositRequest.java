package fr.paris.teleservices.vault.document;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One file to deposit. The stream is read once and not closed by the vault.
 *
 * @param fileName the name the device sent (sanitised before it is kept), may be null
 * @param contentType the content type the device sent (checked against the content), may be null
 * @param issueDate date of issue printed on the document, may be null
 * @param expiryDate end of validity printed on the document, may be null
 */
public record DepositRequest(
    InputStream content, String fileName, String contentType, DocumentType type, LocalDate issueDate, LocalDate expiryDate) {

  public DepositRequest {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(type, "type");
  }

  public static DepositRequest of(InputStream content, String fileName, String contentType, DocumentType type) {
    return new DepositRequest(content, fileName, contentType, type, null, null);
  }

  public DepositRequest withDates(LocalDate issue, LocalDate expiry) {
    return new DepositRequest(content, fileName, contentType, type, issue, expiry);
  }
}
