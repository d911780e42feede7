package fr.paris.teleservices.vault.document;

import fr.paris.teleservices.vault.access.Actor;
import fr.paris.teleservices.vault.journal.Journal;
import fr.paris.teleservices.vault.journal.JournalAction;
import fr.paris.teleservices.vault.transaction.TransactionRunner;
import java.util.logging.Logger;

/**
 * Records that a document could not be read back intact: an INTEGRITY_FAILURE entry in the owner's
 * journal (the usager sees it) and a warning for staff — with ids and a reason code, never content,
 * name or type.
 */
public final class IntegrityAlarm {

  /** Reason codes written to the journal's detail and the log. */
  public static final String TAMPERED = "TAMPERED";
  public static final String HASH_MISMATCH = "HASH_MISMATCH";
  public static final String KEY_UNAVAILABLE = "KEY_UNAVAILABLE";
  public static final String MISSING_OBJECT = "MISSING_OBJECT";

  private static final Logger LOG = Logger.getLogger(IntegrityAlarm.class.getName());

  private final TransactionRunner transactions;
  private final Journal journal;

  public IntegrityAlarm(TransactionRunner transactions, Journal journal) {
    this.transactions = transactions;
    this.journal = journal;
  }

  public void raise(Actor actor, DocumentRecord document, String reason) {
    LOG.warning(
        () -> "Integrity failure " + reason + " on document " + document.id() + " of owner " + document.ownerId());
    transactions.inTransaction(
        c -> journal.append(c, document.ownerId(), actor, new Journal.Event(JournalAction.INTEGRITY_FAILURE, document.id(), null, reason)));
  }
}
