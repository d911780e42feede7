package fr.paris.teleservices.vault.document;

import fr.paris.teleservices.vault.access.AccessPolicy;
import fr.paris.teleservices.vault.access.ActionNotAllowedException;
import fr.paris.teleservices.vault.access.Actor;
import fr.paris.teleservices.vault.crypto.SealedObjects;
import fr.paris.teleservices.vault.crypto.TamperedObjectException;
import fr.paris.teleservices.vault.journal.Journal;
import fr.paris.teleservices.vault.journal.JournalAction;
import fr.paris.teleservices.vault.keys.KeyUnavailableException;
import fr.paris.teleservices.vault.keys.KeyWrap;
import fr.paris.teleservices.vault.keys.OwnerKeys;
import fr.paris.teleservices.vault.sharing.ShareRepository;
import fr.paris.teleservices.vault.storage.ObjectMissingException;
import fr.paris.teleservices.vault.storage.ObjectStore;
import fr.paris.teleservices.vault.storage.StorageUnavailableException;
import fr.paris.teleservices.vault.transaction.TransactionRunner;
import fr.paris.teleservices.vault.upload.AllowedType;
import fr.paris.teleservices.vault.upload.FileNames;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Logger;
import javax.crypto.SecretKey;

/** Listing, reading, renaming and deleting documents, with the access decision on every call. */
public final class Documents {

  private static final Logger LOG = Logger.getLogger(Documents.class.getName());

  private final TransactionRunner transactions;
  private final DocumentRepository documents;
  private final ShareRepository shares;
  private final OwnerKeys ownerKeys;
  private final Journal journal;
  private final SealedObjects objects;
  private final ObjectStore store;
  private final IntegrityAlarm alarm;
  private final DocumentLimits limits;
  private final Clock clock;
  private final ZoneId zone;

  public Documents(
      TransactionRunner transactions,
      DocumentRepository documents,
      ShareRepository shares,
      OwnerKeys ownerKeys,
      Journal journal,
      SealedObjects objects,
      ObjectStore store,
      IntegrityAlarm alarm,
      DocumentLimits limits,
      Clock clock,
      ZoneId zone) {
    this.transactions = transactions;
    this.documents = documents;
    this.shares = shares;
    this.ownerKeys = ownerKeys;
    this.journal = journal;
    this.objects = objects;
    this.store = store;
    this.alarm = alarm;
    this.limits = limits;
    this.clock = clock;
    this.zone = zone;
  }

  public List<DocumentSummary> list(Actor actor) {
    String ownerId = AccessPolicy.managedVault(actor, "list documents");
    return transactions.inTransaction(c -> documents.ofOwner(c, ownerId)).stream().map(DocumentRecord::summary).toList();
  }

  public QuotaUsage quota(Actor actor) {
    String ownerId = AccessPolicy.managedVault(actor, "see the quota");
    DocumentRepository.Usage usage = transactions.inTransaction(c -> documents.usage(c, ownerId));
    return new QuotaUsage(usage.bytes(), limits.quotaBytes(), usage.documents(), limits.quotaDocuments());
  }

  public DocumentSummary rename(Actor actor, String documentId, String newName) {
    String ownerId = AccessPolicy.managedVault(actor, "rename a document");
    return transactions.inTransaction(
        c -> {
          DocumentRecord record = owned(c, ownerId, documentId);
          String fileName =
              FileNames.sanitise(newName, AllowedType.ofContentType(record.summary().contentType()), limits.maxFileNameLength());
          documents.rename(c, documentId, fileName);
          journal.append(c, ownerId, actor, Journal.Event.of(JournalAction.RENAME, documentId));
          DocumentSummary s = record.summary();
          return new DocumentSummary(
              s.id(), s.ownerId(), s.type(), fileName, s.contentType(), s.size(), s.depositedAt(), s.issueDate(), s.expiryDate(), s.sha256());
        });
  }

  /** Deletes the row (and the shares' links to it) first, then the object. */
  public void delete(Actor actor, String documentId) {
    String ownerId = AccessPolicy.managedVault(actor, "delete a document");
    DocumentRecord record =
        transactions.inTransaction(
            c -> {
              DocumentRecord owned = owned(c, ownerId, documentId);
              shares.unlinkDocument(c, documentId);
              documents.delete(c, documentId);
              journal.append(c, ownerId, actor, Journal.Event.of(JournalAction.DELETE, documentId));
              return owned;
            });
    try {
      store.delete(record.objectKey());
    } catch (StorageUnavailableException e) {
      // The row is gone, so nothing can read the object; reconciliation removes it later.
      LOG.warning(() -> "Object of deleted document " + documentId + " left for reconciliation");
    }
  }

  /**
   * Streams a document to the sink, which is opened only once the document has been authenticated.
   *
   * @throws DocumentNotFoundException if it does not exist or the actor may not read it
   * @throws DocumentUnreadableException if it is altered, missing or its keys are gone
   */
  public DocumentDescriptor read(Actor actor, String documentId, ReadPurpose purpose, ContentSink sink) {
    if (actor instanceof Actor.Administrator) {
      throw new ActionNotAllowedException(actor.kind(), "read a document's content");
    }
    Authorised authorised =
        transactions.inTransaction(
            c -> {
              DocumentRecord record = documents.find(c, documentId).orElseThrow(DocumentNotFoundException::new);
              String shareId = null;
              if (actor instanceof Actor.SocialWorker worker) {
                shareId = shares.grantingShare(c, documentId, worker, today()).orElseThrow(DocumentNotFoundException::new);
              } else if (!AccessPolicy.managedVault(actor, "read a document").equals(record.ownerId())) {
                throw new DocumentNotFoundException();
              }
              JournalAction action = purpose == ReadPurpose.VIEW ? JournalAction.VIEW : JournalAction.DOWNLOAD;
              // Journaled before anything is released: a read that cannot be journaled does not happen.
              journal.append(c, record.ownerId(), actor, new Journal.Event(action, documentId, shareId, null));
              return new Authorised(record, ownerKey(c, record.ownerId()));
            });
    DocumentRecord record = authorised.record();
    DocumentSummary s = record.summary();
    DocumentDescriptor descriptor = new DocumentDescriptor(s.id(), s.fileName(), s.contentType(), s.size());
    try {
      if (authorised.ownerKey() == null) {
        throw new KeyUnavailableException("no owner key");
      }
      SecretKey dataKey = KeyWrap.unwrap(authorised.ownerKey(), record.wrappedDataKey());
      objects.open(record.sealedObject(), dataKey, () -> sink.open(descriptor));
      return descriptor;
    } catch (TamperedObjectException e) {
      throw unreadable(actor, record, IntegrityAlarm.TAMPERED, e);
    } catch (KeyUnavailableException e) {
      throw unreadable(actor, record, IntegrityAlarm.KEY_UNAVAILABLE, e);
    } catch (ObjectMissingException e) {
      throw unreadable(actor, record, IntegrityAlarm.MISSING_OBJECT, e);
    }
  }

  private record Authorised(DocumentRecord record, SecretKey ownerKey) {}

  /** The owner key, or null if it cannot be had: the failure is reported after the read is journaled. */
  private SecretKey ownerKey(Connection c, String ownerId) throws SQLException {
    try {
      return ownerKeys.unwrap(c, ownerId);
    } catch (KeyUnavailableException e) {
      return null;
    }
  }

  private DocumentUnreadableException unreadable(Actor actor, DocumentRecord record, String reason, Exception cause) {
    alarm.raise(actor, record, reason);
    return new DocumentUnreadableException(record.id(), cause);
  }

  private DocumentRecord owned(Connection c, String ownerId, String documentId) throws SQLException {
    return documents
        .find(c, documentId)
        .filter(d -> d.ownerId().equals(ownerId))
        .orElseThrow(DocumentNotFoundException::new);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(zone));
  }
}
