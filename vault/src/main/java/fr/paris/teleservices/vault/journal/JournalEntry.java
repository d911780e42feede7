package fr.paris.teleservices.vault.journal;

import fr.paris.teleservices.vault.access.ActorKind;
import java.time.Instant;

/**
 * One journal entry.
 *
 * @param actorStructureId the social worker's structure, when the actor is a social worker
 * @param onBehalfOf the usager an agent acted for (with {@code mandateId}), when the actor is an agent
 * @param shareId the share concerned by a SHARE or REVOKE entry, or through which a social worker read
 * @param detail a short code (e.g. the kind of integrity failure), never personal data
 */
public record JournalEntry(
    String ownerId,
    long sequence,
    Instant occurredAt,
    JournalAction action,
    ActorKind actorKind,
    String actorId,
    String actorName,
    String actorStructureId,
    String onBehalfOf,
    String mandateId,
    String documentId,
    String shareId,
    String detail,
    String previousHash,
    String hash) {}
