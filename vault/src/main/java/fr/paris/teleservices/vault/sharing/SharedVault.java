package fr.paris.teleservices.vault.sharing;

import java.util.List;

/** What one usager currently shares with a social worker, directly or through their structure. */
public record SharedVault(String ownerId, String ownerDisplayName, List<SharedDocument> documents) {

  public SharedVault {
    documents = List.copyOf(documents);
  }
}
