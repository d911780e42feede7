package fr.paris.teleservices.vault.sharing;

import fr.paris.teleservices.vault.VaultException;

/** A share request that cannot be granted as asked. */
public final class ShareRefusedException extends VaultException {

  private final ShareRefusal reason;

  public ShareRefusedException(ShareRefusal reason) {
    super("Share refused: " + reason);
    this.reason = reason;
  }

  public ShareRefusal reason() {
    return reason;
  }
}
