package fr.paris.teleservices.vault.sharing;

import fr.paris.teleservices.vault.access.AccessPolicy;
import fr.paris.teleservices.vault.access.Actor;
import fr.paris.teleservices.vault.access.DisplayNames;
import fr.paris.teleservices.vault.document.DocumentNotFoundException;
import fr.paris.teleservices.vault.document.DocumentRecord;
import fr.paris.teleservices.vault.document.DocumentRepository;
import fr.paris.teleservices.vault.document.DocumentSummary;
import fr.paris.teleservices.vault.journal.Journal;
import fr.paris.teleservices.vault.journal.JournalAction;
import fr.paris.teleservices.vault.transaction.TransactionRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Granting, listing and revoking shares; what a social worker may see. */
public final class Sharing {

  private final TransactionRunner transactions;
  private final ShareRepository shares;
  private final DocumentRepository documents;
  private final Journal journal;
  private final Clock clock;
  private final ZoneId zone;
  private final int defaultDays;
  private final int maxDays;

  public Sharing(
      TransactionRunner transactions,
      ShareRepository shares,
      DocumentRepository documents,
      Journal journal,
      Clock clock,
      ZoneId zone,
      int defaultDays,
      int maxDays) {
    this.transactions = transactions;
    this.shares = shares;
    this.documents = documents;
    this.journal = journal;
    this.clock = clock;
    this.zone = zone;
    this.defaultDays = defaultDays;
    this.maxDays = maxDays;
  }

  /**
   * Shares documents of the usager's own vault. Agents may not: handing papers to a third party is
   * the usager's decision alone.
   */
  public Share share(Actor actor, ShareRequest request) {
    String ownerId = AccessPolicy.ownVault(actor, "share documents");
    List<String> ids = new ArrayList<>(new LinkedHashSet<>(request.documentIds()));
    if (ids.isEmpty()) {
      throw new ShareRefusedException(ShareRefusal.NO_DOCUMENTS);
    }
    LocalDate today = today();
    LocalDate validUntil = request.validUntil() == null ? today.plusDays(defaultDays) : request.validUntil();
    if (validUntil.isBefore(today)) {
      throw new ShareRefusedException(ShareRefusal.VALID_UNTIL_IN_PAST);
    }
    if (validUntil.isAfter(today.plusDays(maxDays))) {
      throw new ShareRefusedException(ShareRefusal.VALID_UNTIL_TOO_FAR);
    }
    return transactions.inTransaction(
        c -> {
          if (documents.ofOwner(c, ownerId, ids).size() != ids.size()) {
            throw new DocumentNotFoundException();
          }
          Grantee grantee = new Grantee(request.grantee().kind(), request.grantee().id(), DisplayNames.bounded(request.grantee().name()));
          Share share =
              new Share(
                  UUID.randomUUID().toString(), ownerId, DisplayNames.bounded(actor.displayName()), grantee, validUntil, clock.instant(), null, ids);
          shares.insert(c, share);
          for (String documentId : ids) {
            journal.append(
                c, ownerId, actor, new Journal.Event(JournalAction.SHARE, documentId, share.id(), request.grantee().kind().name()));
          }
          return share;
        });
  }

  /** Shares still in force, newest first; agents may look, not change. */
  public List<Share> active(Actor actor) {
    String ownerId = AccessPolicy.managedVault(actor, "list shares");
    return transactions.inTransaction(c -> shares.active(c, ownerId, today())).stream()
        .filter(s -> !s.documentIds().isEmpty())
        .toList();
  }

  /** Revokes at once: the next read through this share is refused. Revoking twice is harmless. */
  public void revoke(Actor actor, String shareId) {
    String ownerId = AccessPolicy.ownVault(actor, "revoke a share");
    transactions.inTransaction(
        c -> {
          Share share = shares.find(c, shareId).filter(s -> s.ownerId().equals(ownerId)).orElseThrow(ShareNotFoundException::new);
          if (share.revokedAt() == null) {
            shares.revoke(c, shareId, clock.instant());
            for (String documentId : share.documentIds()) {
              journal.append(
                  c, ownerId, actor, new Journal.Event(JournalAction.REVOKE, documentId, shareId, share.grantee().kind().name()));
            }
          }
          return null;
        });
  }

  /** What usagers currently share with this worker or their structure, grouped by usager. */
  public List<SharedVault> sharedWith(Actor.SocialWorker worker) {
    return transactions.inTransaction(
        c -> {
          Map<String, List<ShareRepository.Grant>> byOwner = new LinkedHashMap<>();
          for (ShareRepository.Grant grant : shares.grantsFor(c, worker, today())) {
            byOwner.computeIfAbsent(grant.ownerId(), k -> new ArrayList<>()).add(grant);
          }
          List<SharedVault> vaults = new ArrayList<>();
          for (var entry : byOwner.entrySet()) {
            Map<String, LocalDate> until = new LinkedHashMap<>();
            for (ShareRepository.Grant grant : entry.getValue()) {
              until.merge(grant.documentId(), grant.validUntil(), (a, b) -> a.isAfter(b) ? a : b);
            }
            List<SharedDocument> shared = new ArrayList<>();
            for (DocumentRecord record : documents.ofOwner(c, entry.getKey(), until.keySet())) {
              DocumentSummary summary = record.summary();
              shared.add(new SharedDocument(summary, until.get(summary.id())));
            }
            if (!shared.isEmpty()) {
              // The name as the usager gave it when sharing most recently.
              vaults.add(new SharedVault(entry.getKey(), entry.getValue().get(0).ownerDisplayName(), shared));
            }
          }
          return vaults;
        });
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(zone));
  }
}
