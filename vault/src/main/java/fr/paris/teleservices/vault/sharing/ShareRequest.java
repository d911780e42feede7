package fr.paris.teleservices.vault.sharing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A usager's decision to share documents.
 *
 * @param validUntil last day (Europe/Paris) the share is valid, inclusive; null for the default
 *     (30 days from today)
 */
public record ShareRequest(List<String> documentIds, Grantee grantee, LocalDate validUntil) {

  public ShareRequest {
    documentIds = List.copyOf(documentIds);
    Objects.requireNonNull(grantee, "grantee");
  }

  public static ShareRequest of(List<String> documentIds, Grantee grantee) {
    return new ShareRequest(documentIds, grantee, null);
  }
}
