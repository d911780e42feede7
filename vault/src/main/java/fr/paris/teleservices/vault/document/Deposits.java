package fr.paris.teleservices.vault.document;

import fr.paris.teleservices.vault.access.AccessPolicy;
import fr.paris.teleservices.vault.access.Actor;
import fr.paris.teleservices.vault.antivirus.VirusScanner;
import fr.paris.teleservices.vault.crypto.ObjectBinding;
import fr.paris.teleservices.vault.crypto.ObjectFormat;
import fr.paris.teleservices.vault.crypto.SealResult;
import fr.paris.teleservices.vault.crypto.SealedObjects;
import fr.paris.teleservices.vault.journal.Journal;
import fr.paris.teleservices.vault.journal.JournalAction;
import fr.paris.teleservices.vault.keys.KeyWrap;
import fr.paris.teleservices.vault.keys.OwnerKeys;
import fr.paris.teleservices.vault.spool.SpoolFile;
import fr.paris.teleservices.vault.spool.TeeInputStream;
import fr.paris.teleservices.vault.storage.ObjectStore;
import fr.paris.teleservices.vault.storage.StorageUnavailableException;
import fr.paris.teleservices.vault.transaction.TransactionRunner;
import fr.paris.teleservices.vault.upload.AllowedType;
import fr.paris.teleservices.vault.upload.FileNames;
import fr.paris.teleservices.vault.upload.RefusalReason;
import fr.paris.teleservices.vault.upload.UploadIntake;
import fr.paris.teleservices.vault.upload.UploadRefusedException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import javax.crypto.SecretKey;

/**
 * Deposits: inspect, encrypt, store the object, then record the row and its journal entry in one
 * transaction. The object is written first under a random key: a crash between the two steps leaves
 * an orphan object (removed by reconciliation), never a row pointing at nothing. On any refusal or
 * failure the object is deleted and no row is written.
 *
 * <p>A PDF is kept byte for byte, so it is encrypted and uploaded while it streams in (a copy goes to
 * a spool file at the same time) and inspected once complete; if inspection refuses it, the object
 * is deleted. Images are re-encoded, so they are inspected and sanitised first, then uploaded.
 */
public final class Deposits {

  /** Every document object key starts with this; reconciliation lists only under it. */
  public static final String OBJECT_PREFIX = "documents/";

  private static final Logger LOG = Logger.getLogger(Deposits.class.getName());

  private final TransactionRunner transactions;
  private final DocumentRepository documents;
  private final OwnerKeys ownerKeys;
  private final Journal journal;
  private final SealedObjects objects;
  private final ObjectStore store;
  private final UploadIntake intake;
  private final VirusScanner virusScanner;
  private final DocumentLimits limits;
  private final SecureRandom random;
  private final Clock clock;

  public Deposits(
      TransactionRunner transactions,
      DocumentRepository documents,
      OwnerKeys ownerKeys,
      Journal journal,
      SealedObjects objects,
      ObjectStore store,
      UploadIntake intake,
      VirusScanner virusScanner,
      DocumentLimits limits,
      SecureRandom random,
      Clock clock) {
    this.transactions = transactions;
    this.documents = documents;
    this.ownerKeys = ownerKeys;
    this.journal = journal;
    this.objects = objects;
    this.store = store;
    this.intake = intake;
    this.virusScanner = virusScanner;
    this.limits = limits;
    this.random = random;
    this.clock = clock;
  }

  public DocumentSummary deposit(Actor actor, DepositRequest request) {
    String ownerId = AccessPolicy.managedVault(actor, "deposit a document");
    requireDates(request.issueDate(), request.expiryDate());
    Limit limit = limitFor(ownerId);
    UploadIntake.Opened upload =
        intake.open(request.content(), limit.bytes(), limit.reason(), request.fileName(), request.contentType());
    Pending pending = pending(ownerId);
    SealResult sealed = upload.type() == AllowedType.PDF ? sealPdf(pending, upload) : sealImage(pending, upload, limit);
    return record(actor, pending, sealed, new Metadata(request.type(), upload.fileName(), upload.type(), request.issueDate(), request.expiryDate()));
  }

  public DocumentSummary depositPages(Actor actor, PagesDepositRequest request) {
    String ownerId = AccessPolicy.managedVault(actor, "deposit a document");
    requireDates(request.issueDate(), request.expiryDate());
    if (request.pages().isEmpty()) {
      throw new UploadRefusedException(RefusalReason.EMPTY);
    }
    if (request.pages().size() > limits.maxPages()) {
      throw new UploadRefusedException(RefusalReason.TOO_MANY_PAGES);
    }
    Limit limit = limitFor(ownerId);
    List<SpoolFile> spooled = new ArrayList<>();
    try {
      List<Path> jpegs = new ArrayList<>();
      for (PageUpload page : request.pages()) {
        jpegs.add(sanitisePage(page, spooled));
      }
      SpoolFile pdf = intake.assemblePages(jpegs);
      spooled.add(pdf);
      if (size(pdf) > limit.bytes()) {
        throw new UploadRefusedException(limit.reason());
      }
      Pending pending = pending(ownerId);
      SealResult sealed = seal(pending, pdf);
      String fileName = FileNames.sanitise(request.fileName(), AllowedType.PDF, limits.maxFileNameLength());
      return record(actor, pending, sealed, new Metadata(request.type(), fileName, AllowedType.PDF, request.issueDate(), request.expiryDate()));
    } finally {
      spooled.forEach(SpoolFile::close);
    }
  }

  /** What one deposit will be stored as, decided before anything is written. */
  private record Pending(String documentId, String objectKey, SecretKey dataKey, String ownerId) {
    ObjectBinding binding() {
      return new ObjectBinding(documentId, ownerId);
    }
  }

  private record Metadata(DocumentType type, String fileName, AllowedType contentType, LocalDate issueDate, LocalDate expiryDate) {}

  /** How many bytes this deposit may have, and what to say if it has more. */
  private record Limit(long bytes, RefusalReason reason) {}

  private Limit limitFor(String ownerId) {
    DocumentRepository.Usage usage = transactions.inTransaction(c -> documents.usage(c, ownerId));
    long remaining = limits.quotaBytes() - usage.bytes();
    if (usage.documents() >= limits.quotaDocuments() || remaining <= 0) {
      throw new UploadRefusedException(RefusalReason.QUOTA_EXCEEDED);
    }
    return remaining < limits.maxDocumentBytes()
        ? new Limit(remaining, RefusalReason.QUOTA_EXCEEDED)
        : new Limit(limits.maxDocumentBytes(), RefusalReason.TOO_LARGE);
  }

  /** A random document id, a random object key (it reveals nothing and cannot be guessed), a fresh data key. */
  private Pending pending(String ownerId) {
    byte[] key = new byte[16];
    random.nextBytes(key);
    return new Pending(UUID.randomUUID().toString(), OBJECT_PREFIX + HexFormat.of().formatHex(key), KeyWrap.newKey(random), ownerId);
  }

  private SealResult sealPdf(Pending pending, UploadIntake.Opened upload) {
    try (SpoolFile original = intake.emptySpoolFile()) {
      SealResult sealed;
      try (OutputStream copy = original.output()) {
        sealed = seal(pending, new TeeInputStream(upload.content(), copy));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      try {
        intake.checkPdf(original.path());
        virusScanner.scan(original.path());
      } catch (RuntimeException e) {
        deleteObject(pending.objectKey());
        throw e;
      }
      return sealed;
    }
  }

  private SealResult sealImage(Pending pending, UploadIntake.Opened upload, Limit limit) {
    try (SpoolFile original = intake.spool(upload)) {
      virusScanner.scan(original.path());
      try (SpoolFile clean = intake.sanitiseImage(original.path(), upload.type(), upload.type())) {
        if (size(clean) > limit.bytes()) {
          // Re-encoding rarely grows a file, but a quota is a quota.
          throw new UploadRefusedException(limit.reason());
        }
        return seal(pending, clean);
      }
    }
  }

  private Path sanitisePage(PageUpload page, List<SpoolFile> spooled) {
    UploadIntake.Opened upload =
        intake.open(page.content(), limits.maxDocumentBytes(), RefusalReason.TOO_LARGE, page.fileName(), page.contentType());
    if (upload.type() == AllowedType.PDF) {
      throw new UploadRefusedException(RefusalReason.TYPE_NOT_ALLOWED);
    }
    SpoolFile original = intake.spool(upload);
    spooled.add(original);
    virusScanner.scan(original.path());
    SpoolFile jpeg = intake.sanitiseImage(original.path(), upload.type(), AllowedType.JPEG);
    spooled.add(jpeg);
    return jpeg.path();
  }

  private SealResult seal(Pending pending, SpoolFile file) {
    try (InputStream in = file.input()) {
      return seal(pending, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SealResult seal(Pending pending, InputStream plaintext) {
    try {
      return objects.seal(pending.objectKey(), plaintext, pending.dataKey(), pending.binding());
    } catch (StorageUnavailableException e) {
      LOG.warning(() -> "Object store unavailable during a deposit: " + e.getMessage());
      deleteObject(pending.objectKey());
      throw new UploadRefusedException(RefusalReason.STORAGE_UNAVAILABLE, e);
    }
  }

  private DocumentSummary record(Actor actor, Pending pending, SealResult sealed, Metadata metadata) {
    try {
      return transactions.inTransaction(
          c -> {
            // The first deposit creates the owner's key; its row is then locked, so that
            // concurrent deposits pass the quota one at a time.
            ownerKeys.ensure(c, pending.ownerId());
            SecretKey ownerKey = ownerKeys.lockAndUnwrap(c, pending.ownerId());
            DocumentRepository.Usage usage = documents.usage(c, pending.ownerId());
            if (usage.documents() + 1 > limits.quotaDocuments() || usage.bytes() + sealed.plainSize() > limits.quotaBytes()) {
              throw new UploadRefusedException(RefusalReason.QUOTA_EXCEEDED);
            }
            DocumentSummary summary =
                new DocumentSummary(
                    pending.documentId(),
                    pending.ownerId(),
                    metadata.type(),
                    metadata.fileName(),
                    metadata.contentType().contentType(),
                    sealed.plainSize(),
                    clock.instant(),
                    metadata.issueDate(),
                    metadata.expiryDate(),
                    sealed.sha256());
            documents.insert(
                c,
                new DocumentRecord(
                    summary,
                    pending.objectKey(),
                    sealed.storedSize(),
                    KeyWrap.wrap(ownerKey, pending.dataKey()),
                    ObjectFormat.VERSION,
                    actor.kind(),
                    actor.id()));
            journal.append(c, pending.ownerId(), actor, Journal.Event.of(JournalAction.DEPOSIT, pending.documentId()));
            return summary;
          });
    } catch (RuntimeException e) {
      deleteObject(pending.objectKey());
      throw e;
    }
  }

  private void deleteObject(String objectKey) {
    try {
      store.delete(objectKey);
    } catch (StorageUnavailableException e) {
      // Reconciliation removes it later: it has no row, so nothing can ever read it.
      LOG.warning(() -> "Could not delete object " + objectKey + " of a refused deposit; left for reconciliation");
    }
  }

  private static void requireDates(LocalDate issue, LocalDate expiry) {
    if (issue != null && expiry != null && expiry.isBefore(issue)) {
      throw new UploadRefusedException(RefusalReason.INVALID_DATES);
    }
  }

  private static long size(SpoolFile file) {
    try {
      return file.size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
