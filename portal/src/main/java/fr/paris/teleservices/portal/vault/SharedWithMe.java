package fr.paris.teleservices.portal.vault;

import fr.paris.teleservices.portal.security.CurrentUser;
import fr.paris.teleservices.vault.sharing.SharedVault;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * "Documents partagés avec moi": what usagers currently share with the social worker or with their
 * structure, grouped by usager. Revoked and expired shares are gone from here and their links
 * answer 404; every opening goes to the usager's journal.
 */
@Named
@RequestScoped
public class SharedWithMe {

  @Inject VaultSetup vault;
  @Inject CurrentUser me;

  private List<SharedVault> vaults;

  public List<SharedVault> getVaults() {
    if (vaults == null) {
      vaults = vault.vault().sharedWith(VaultActors.socialWorker(me.require()));
    }
    return vaults;
  }

  public String getStructureName() {
    return me.require().getStructure().getName();
  }
}
