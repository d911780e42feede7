package fr.paris.teleservices.vault.integrity;

import fr.paris.teleservices.vault.access.AccessPolicy;
import fr.paris.teleservices.vault.access.Actor;
import fr.paris.teleservices.vault.crypto.SealedObjects;
import fr.paris.teleservices.vault.crypto.TamperedObjectException;
import fr.paris.teleservices.vault.document.DocumentRecord;
import fr.paris.teleservices.vault.document.DocumentRepository;
import fr.paris.teleservices.vault.document.IntegrityAlarm;
import fr.paris.teleservices.vault.keys.KeyUnavailableException;
import fr.paris.teleservices.vault.keys.KeyWrap;
import fr.paris.teleservices.vault.keys.OwnerKeys;
import fr.paris.teleservices.vault.storage.ObjectMissingException;
import fr.paris.teleservices.vault.transaction.TransactionRunner;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * Re-reads documents and compares them with what was recorded at deposit (L103 / NF Z42-020
 * "contrôle d'intégrité"). Runs as an administrator and releases nothing: plaintext is hashed and
 * dropped inside this class. Each failure is also journaled in the owner's journal.
 */
public final class IntegrityCheck {

  private static final int PAGE = 100;

  private final TransactionRunner transactions;
  private final DocumentRepository documents;
  private final OwnerKeys ownerKeys;
  private final SealedObjects objects;
  private final IntegrityAlarm alarm;
  private final Clock clock;

  public IntegrityCheck(
      TransactionRunner transactions,
      DocumentRepository documents,
      OwnerKeys ownerKeys,
      SealedObjects objects,
      IntegrityAlarm alarm,
      Clock clock) {
    this.transactions = transactions;
    this.documents = documents;
    this.ownerKeys = ownerKeys;
    this.objects = objects;
    this.alarm = alarm;
    this.clock = clock;
  }

  /** Checks one owner's vault. */
  public IntegrityReport check(Actor actor, String ownerId) {
    AccessPolicy.requireAdministrator(actor, "check integrity");
    Instant started = clock.instant();
    List<DocumentRecord> records = transactions.inTransaction(c -> documents.ofOwner(c, ownerId));
    List<DocumentCheck> failures = new ArrayList<>();
    checkAll(actor, records, new HashMap<>(), failures);
    return new IntegrityReport(started, clock.instant(), records.size(), failures);
  }

  /** Checks every vault, page by page. */
  public IntegrityReport checkAll(Actor actor) {
    AccessPolicy.requireAdministrator(actor, "check integrity");
    Instant started = clock.instant();
    List<DocumentCheck> failures = new ArrayList<>();
    long checked = 0;
    String after = "";
    while (true) {
      String from = after;
      List<DocumentRecord> page = transactions.inTransaction(c -> documents.pageById(c, from, PAGE));
      if (page.isEmpty()) {
        break;
      }
      // Owner keys are cached per page only: never more than a page's worth of keys in memory.
      checkAll(actor, page, new HashMap<>(), failures);
      checked += page.size();
      after = page.get(page.size() - 1).id();
    }
    return new IntegrityReport(started, clock.instant(), checked, failures);
  }

  private void checkAll(
      Actor actor, List<DocumentRecord> records, Map<String, Optional<SecretKey>> keys, List<DocumentCheck> failures) {
    for (DocumentRecord record : records) {
      Outcome outcome = check(record, keys.computeIfAbsent(record.ownerId(), this::ownerKey));
      if (outcome.status() != CheckStatus.OK) {
        failures.add(new DocumentCheck(record.id(), record.ownerId(), outcome.status()));
        alarm.raise(actor, record, outcome.reason());
      }
    }
  }

  /** A status, and the reason code journaled when it is not OK. */
  private record Outcome(CheckStatus status, String reason) {}

  private Outcome check(DocumentRecord record, Optional<SecretKey> ownerKey) {
    try {
      SecretKey dataKey =
          KeyWrap.unwrap(ownerKey.orElseThrow(() -> new KeyUnavailableException("no owner key")), record.wrappedDataKey());
      return objects.rehash(record.sealedObject(), dataKey).equals(record.summary().sha256())
          ? new Outcome(CheckStatus.OK, null)
          : new Outcome(CheckStatus.HASH_MISMATCH, IntegrityAlarm.HASH_MISMATCH);
    } catch (TamperedObjectException e) {
      return new Outcome(CheckStatus.UNREADABLE, IntegrityAlarm.TAMPERED);
    } catch (KeyUnavailableException e) {
      return new Outcome(CheckStatus.UNREADABLE, IntegrityAlarm.KEY_UNAVAILABLE);
    } catch (ObjectMissingException e) {
      return new Outcome(CheckStatus.MISSING_OBJECT, IntegrityAlarm.MISSING_OBJECT);
    }
  }

  private Optional<SecretKey> ownerKey(String ownerId) {
    try {
      return Optional.of(transactions.inTransaction(c -> ownerKeys.unwrap(c, ownerId)));
    } catch (KeyUnavailableException e) {
      return Optional.empty();
    }
  }
}
