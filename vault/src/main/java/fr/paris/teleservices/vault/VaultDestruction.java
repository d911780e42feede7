package fr.paris.teleservices.vault;

import fr.paris.teleservices.vault.access.ActionNotAllowedException;
import fr.paris.teleservices.vault.access.Actor;
import fr.paris.teleservices.vault.document.DocumentRecord;
import fr.paris.teleservices.vault.document.DocumentRepository;
import fr.paris.teleservices.vault.journal.Journal;
import fr.paris.teleservices.vault.keys.OwnerKeys;
import fr.paris.teleservices.vault.sharing.ShareRepository;
import fr.paris.teleservices.vault.storage.ObjectStore;
import fr.paris.teleservices.vault.storage.StorageUnavailableException;
import fr.paris.teleservices.vault.transaction.TransactionRunner;
import java.util.List;
import java.util.logging.Logger;

/**
 * Closing a vault (SECURITY 5, 24): in one transaction the owner's key, document rows, shares and
 * journal are deleted — from that commit on, every copy of their objects (bucket, replicas,
 * backups) is undecipherable — then the objects themselves are deleted, best effort.
 */
final class VaultDestruction {

  private static final Logger LOG = Logger.getLogger(VaultDestruction.class.getName());

  private final TransactionRunner transactions;
  private final DocumentRepository documents;
  private final ShareRepository shares;
  private final Journal journal;
  private final OwnerKeys ownerKeys;
  private final ObjectStore store;

  VaultDestruction(
      TransactionRunner transactions,
      DocumentRepository documents,
      ShareRepository shares,
      Journal journal,
      OwnerKeys ownerKeys,
      ObjectStore store) {
    this.transactions = transactions;
    this.documents = documents;
    this.shares = shares;
    this.journal = journal;
    this.ownerKeys = ownerKeys;
    this.store = store;
  }

  /** The usager themselves, or an administrator executing a closure; never an agent or a worker. */
  DestructionReport destroy(Actor actor, String ownerId) {
    boolean own = actor instanceof Actor.Usager usager && usager.ownerId().equals(ownerId);
    if (!own && !(actor instanceof Actor.Administrator)) {
      throw new ActionNotAllowedException(actor.kind(), "close a vault");
    }
    List<DocumentRecord> records =
        transactions.inTransaction(
            c -> {
              List<DocumentRecord> owned = documents.ofOwner(c, ownerId);
              ownerKeys.destroy(c, ownerId);
              shares.deleteOwner(c, ownerId);
              documents.deleteOwner(c, ownerId);
              journal.deleteAll(c, ownerId);
              return owned;
            });
    int deleted = 0;
    for (DocumentRecord record : records) {
      try {
        store.delete(record.objectKey());
        deleted++;
      } catch (StorageUnavailableException e) {
        LOG.warning(() -> "Object of document " + record.id() + " left for reconciliation after closing a vault");
      }
    }
    LOG.info("Vault of owner " + ownerId + " closed by " + actor.kind() + " " + actor.id());
    return new DestructionReport(ownerId, records.size(), deleted, records.size() - deleted);
  }
}
