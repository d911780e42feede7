package fr.paris.teleservices.vault.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A share as the usager sees it.
 *
 * @param validUntil last valid day, inclusive, in the vault's time zone
 * @param revokedAt when the usager revoked it, null while not revoked
 */
public record Share(
    String id,
    String ownerId,
    String ownerDisplayName,
    Grantee grantee,
    LocalDate validUntil,
    Instant createdAt,
    Instant revokedAt,
    List<String> documentIds) {

  public Share {
    documentIds = List.copyOf(documentIds);
  }
}
