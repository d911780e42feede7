package fr.paris.teleservices.portal.vault;

import fr.paris.teleservices.portal.web.Page;
import fr.paris.teleservices.vault.document.DepositRequest;
import fr.paris.teleservices.vault.document.DocumentSummary;
import fr.paris.teleservices.vault.document.DocumentType;
import fr.paris.teleservices.vault.upload.UploadRefusedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Puts a file a person sent into their vault, or explains — next to the file field, in their
 * language — why it was refused. A refused file leaves nothing behind (the vault guarantees it).
 */
@RequestScoped
public class Uploads {

  @Inject VaultSetup vault;
  @Inject Page page;

  /**
   * A refusal is shown twice: next to the file field, and at the top of the page where a screen
   * reader announces it (the field may sit in a closed disclosure).
   *
   * @param fieldId the client id of the file input, for the message next to it
   * @return the stored document, or empty when refused (the message is on the page)
   */
  public Optional<DocumentSummary> deposit(
      fr.paris.teleservices.vault.access.Actor actor,
      Part file,
      String type,
      String issueDate,
      String expiryDate,
      String fieldId) {
    if (file == null || file.getSize() == 0) {
      refuse(fieldId, "vault.refusal.empty");
      return Optional.empty();
    }
    DocumentType documentType;
    try {
      documentType = DocumentType.valueOf(type == null ? "" : type);
    } catch (IllegalArgumentException e) {
      refuse(fieldId, "vault.upload.choose-type");
      return Optional.empty();
    }
    LocalDate issue;
    LocalDate expiry;
    try {
      issue = date(issueDate);
      expiry = date(expiryDate);
    } catch (DateTimeParseException e) {
      refuse(fieldId, "vault.refusal.invalid_dates");
      return Optional.empty();
    }
    try (InputStream in = file.getInputStream()) {
      return Optional.of(
          vault.vault()
              .deposit(
                  actor,
                  new DepositRequest(in, file.getSubmittedFileName(), file.getContentType(), documentType, issue, expiry)));
    } catch (UploadRefusedException refused) {
      refuse(fieldId, "vault.refusal." + refused.reason().name().toLowerCase(Locale.ROOT));
      return Optional.empty();
    } catch (IOException e) {
      refuse(fieldId, "vault.refusal.storage_unavailable");
      return Optional.empty();
    } finally {
      deleteQuietly(file);
    }
  }

  private void refuse(String fieldId, String key) {
    page.error(fieldId, key);
    page.error(null, key);
  }

  private static LocalDate date(String value) {
    return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
  }

  /** The container's temporary copy of the upload goes as soon as the vault has it (or refused it). */
  private static void deleteQuietly(Part file) {
    try {
      file.delete();
    } catch (IOException ignored) {
      // The container removes its temporary files at the end of the request anyway.
    }
  }
}
