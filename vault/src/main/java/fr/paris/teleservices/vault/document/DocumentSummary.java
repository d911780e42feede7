package fr.paris.teleservices.vault.document;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a list shows about a document. Validity (expired, expiring soon) is the caller's to compute
 * from {@code expiryDate}, in the person's time zone and according to the procedure's rules.
 *
 * @param fileName the sanitised name, with an extension matching {@code contentType}
 * @param contentType decided by the server from the content: application/pdf, image/jpeg or image/png
 * @param size plaintext size in bytes
 * @param sha256 SHA-256 of the plaintext, lower-case hex, recorded at deposit
 */
public record DocumentSummary(
    String id,
    String ownerId,
    DocumentType type,
    String fileName,
    String contentType,
    long size,
    Instant depositedAt,
    LocalDate issueDate,
    LocalDate expiryDate,
    String sha256) {}
