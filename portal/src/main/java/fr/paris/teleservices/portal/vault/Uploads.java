package fr.paris.teleservices.portal.vault;

import fr.paris.teleservices.portal.web.Page;
import fr.paris.teleservices.vault.document.DepositRequest;
import fr.paris.teleservices.vault.document.DocumentSummary;
import fr.paris.teleservices.vault.document.DocumentType;
import fr.paris.teleservices.vault.document.PageUpload;
import fr.paris.teleservices.vault.document.PagesDepositRequest;
import fr.paris.teleservices.vault.upload.UploadRefusedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Puts a file a person sent into their vault, or explains — next to the file field, in their
 * language — why it was refused. A refused file leaves nothing behind (the vault guarantees it).
 */
@RequestScoped
public class Uploads {

  @Inject VaultSetup vault;
  @Inject VaultText text;
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
      deleteQuietly(file);
      return Optional.empty();
    }
    Optional<Details> details = details(type, issueDate, expiryDate, fieldId);
    if (details.isEmpty()) {
      deleteQuietly(file);
      return Optional.empty();
    }
    Details d = details.get();
    try (InputStream in = file.getInputStream()) {
      return Optional.of(
          vault.vault()
              .deposit(actor, new DepositRequest(in, file.getSubmittedFileName(), file.getContentType(), d.type(), d.issue(), d.expiry())));
    } catch (UploadRefusedException refused) {
      refuse(fieldId, refusalKey(refused));
      return Optional.empty();
    } catch (IOException e) {
      refuse(fieldId, "vault.refusal.storage_unavailable");
      return Optional.empty();
    } finally {
      deleteQuietly(file);
    }
  }

  /**
   * Pages photographed one by one (JPEG or PNG), kept as one PDF document in the given order.
   * Empty parts (a file field left empty) are ignored.
   *
   * @param name the document's name (".pdf" is added), may be null
   * @return the stored document, or empty when refused (the message is on the page)
   */
  public Optional<DocumentSummary> depositPages(
      fr.paris.teleservices.vault.access.Actor actor,
      List<Part> files,
      String type,
      String issueDate,
      String expiryDate,
      String name,
      String fieldId) {
    List<Part> pages = new ArrayList<>();
    if (files != null) {
      for (Part part : files) {
        if (part != null && part.getSize() > 0) {
          pages.add(part);
        } else {
          deleteQuietly(part);
        }
      }
    }
    if (pages.isEmpty()) {
      refuse(fieldId, "vault.refusal.empty");
      return Optional.empty();
    }
    Optional<Details> details = details(type, issueDate, expiryDate, fieldId);
    if (details.isEmpty()) {
      pages.forEach(Uploads::deleteQuietly);
      return Optional.empty();
    }
    Details d = details.get();
    List<InputStream> streams = new ArrayList<>();
    try {
      List<PageUpload> uploads = new ArrayList<>();
      for (Part part : pages) {
        InputStream in = part.getInputStream();
        streams.add(in);
        uploads.add(new PageUpload(in, part.getSubmittedFileName(), part.getContentType()));
      }
      return Optional.of(
          vault.vault().depositPages(actor, new PagesDepositRequest(uploads, name, d.type(), d.issue(), d.expiry())));
    } catch (UploadRefusedException refused) {
      refuse(fieldId, refusalKey(refused));
      return Optional.empty();
    } catch (IOException e) {
      refuse(fieldId, "vault.refusal.storage_unavailable");
      return Optional.empty();
    } finally {
      for (InputStream in : streams) {
        closeQuietly(in);
      }
      pages.forEach(Uploads::deleteQuietly);
    }
  }

  /** What the person chose about the document, checked before any byte goes to the vault. */
  private record Details(DocumentType type, LocalDate issue, LocalDate expiry) {}

  private Optional<Details> details(String type, String issueDate, String expiryDate, String fieldId) {
    DocumentType documentType;
    try {
      documentType = DocumentType.valueOf(type == null ? "" : type);
    } catch (IllegalArgumentException e) {
      refuse(fieldId, "vault.upload.choose-type");
      return Optional.empty();
    }
    try {
      return Optional.of(new Details(documentType, date(issueDate), date(expiryDate)));
    } catch (DateTimeParseException e) {
      refuse(fieldId, "vault.refusal.invalid_dates");
      return Optional.empty();
    }
  }

  private static String refusalKey(UploadRefusedException refused) {
    return "vault.refusal." + refused.reason().name().toLowerCase(Locale.ROOT);
  }

  private void refuse(String fieldId, String key) {
    // the size limit is configurable, so messages that mention it take it as {0}
    String limit = text.getMaxDocumentSize();
    page.error(fieldId, key, limit);
    page.error(null, key, limit);
  }

  private static LocalDate date(String value) {
    return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
  }

  /** The container's temporary copy of the upload goes as soon as the vault has it (or refused it). */
  private static void deleteQuietly(Part file) {
    if (file == null) {
      return;
    }
    try {
      file.delete();
    } catch (IOException ignored) {
      // The container removes its temporary files at the end of the request anyway.
    }
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // Nothing was written through it; the part's file is deleted next.
    }
  }
}
