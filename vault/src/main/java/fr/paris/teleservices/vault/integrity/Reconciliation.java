package fr.paris.teleservices.vault.integrity;

import fr.paris.teleservices.vault.access.AccessPolicy;
import fr.paris.teleservices.vault.access.Actor;
import fr.paris.teleservices.vault.document.DocumentRecord;
import fr.paris.teleservices.vault.document.DocumentRepository;
import fr.paris.teleservices.vault.storage.ObjectStore;
import fr.paris.teleservices.vault.storage.StoredObject;
import fr.paris.teleservices.vault.transaction.TransactionRunner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.logging.Logger;

/**
 * Compares the bucket and the rows in one pass, in bounded memory: S3 lists keys in ascending
 * binary order and the rows are read in the same order (the key column has a binary collation),
 * so the two sorted sequences are merged like in a merge join.
 *
 * <p>Objects are written before their row, so an object younger than the grace period may belong
 * to a deposit being committed: only older orphans are deleted. Rows deposited after the listing
 * began may point to objects the listing had already passed, so they are not judged.
 */
public final class Reconciliation {

  private static final Logger LOG = Logger.getLogger(Reconciliation.class.getName());
  private static final int PAGE = 500;
  /** Allowance for clocks of several application servers. */
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private final TransactionRunner transactions;
  private final DocumentRepository documents;
  private final ObjectStore store;
  private final String prefix;
  private final Duration grace;
  private final Clock clock;

  public Reconciliation(
      TransactionRunner transactions, DocumentRepository documents, ObjectStore store, String prefix, Duration grace, Clock clock) {
    this.transactions = transactions;
    this.documents = documents;
    this.store = store;
    this.prefix = prefix;
    this.grace = grace;
    this.clock = clock;
  }

  public ReconciliationReport run(Actor actor) {
    AccessPolicy.requireAdministrator(actor, "reconcile storage");
    Instant started = clock.instant();
    Instant orphanCutoff = started.minus(grace);
    Instant rowCutoff = started.minus(CLOCK_SKEW);
    Iterator<StoredObject> objects = new Ordered(store.list(prefix));
    Iterator<DocumentRecord> rows = new Rows();
    List<String> deleted = new ArrayList<>();
    List<DocumentCheck> missing = new ArrayList<>();
    long kept = 0;
    long objectsSeen = 0;
    long rowsSeen = 0;
    StoredObject object = next(objects);
    DocumentRecord row = next(rows);
    while (object != null || row != null) {
      int order = object == null ? 1 : row == null ? -1 : object.key().compareTo(row.objectKey());
      if (order == 0) {
        objectsSeen++;
        rowsSeen++;
        object = next(objects);
        row = next(rows);
      } else if (order < 0) {
        objectsSeen++;
        if (object.lastModified().isBefore(orphanCutoff)) {
          store.delete(object.key());
          deleted.add(object.key());
        } else {
          kept++;
        }
        object = next(objects);
      } else {
        rowsSeen++;
        if (row.summary().depositedAt().isBefore(rowCutoff)) {
          missing.add(new DocumentCheck(row.id(), row.ownerId(), CheckStatus.MISSING_OBJECT));
          String id = row.id();
          LOG.warning(() -> "Document " + id + " has no object in the store");
        }
        row = next(rows);
      }
    }
    if (!deleted.isEmpty()) {
      LOG.info("Reconciliation deleted " + deleted.size() + " orphan objects");
    }
    return new ReconciliationReport(started, objectsSeen, rowsSeen, deleted, kept, missing);
  }

  private static <T> T next(Iterator<T> iterator) {
    return iterator.hasNext() ? iterator.next() : null;
  }

  /** The rows in object-key order, a page at a time. */
  private final class Rows implements Iterator<DocumentRecord> {
    private List<DocumentRecord> page = List.of();
    private int index;
    private String after = "";
    private boolean exhausted;

    @Override
    public boolean hasNext() {
      if (index < page.size()) {
        return true;
      }
      if (exhausted) {
        return false;
      }
      String from = after;
      page = transactions.inTransaction(c -> documents.pageByObjectKey(c, from, PAGE));
      index = 0;
      exhausted = page.size() < PAGE;
      if (!page.isEmpty()) {
        after = page.get(page.size() - 1).objectKey();
      }
      return !page.isEmpty();
    }

    @Override
    public DocumentRecord next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return page.get(index++);
    }
  }

  /** Fails loudly if a store does not list in key order: the merge would report false orphans. */
  private static final class Ordered implements Iterator<StoredObject> {
    private final Iterator<StoredObject> objects;
    private String last = "";

    Ordered(Iterator<StoredObject> objects) {
      this.objects = objects;
    }

    @Override
    public boolean hasNext() {
      return objects.hasNext();
    }

    @Override
    public StoredObject next() {
      StoredObject object = objects.next();
      if (object.key().compareTo(last) <= 0) {
        throw new IllegalStateException("The object store does not list keys in ascending order");
      }
      last = object.key();
      return object;
    }
  }
}
