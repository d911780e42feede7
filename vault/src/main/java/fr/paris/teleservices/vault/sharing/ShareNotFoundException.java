package fr.paris.teleservices.vault.sharing;

import fr.paris.teleservices.vault.VaultException;

/** No share with this id in the actor's vault (or it is someone else's: same answer). */
public final class ShareNotFoundException extends VaultException {

  public ShareNotFoundException() {
    super("Share not found");
  }
}
