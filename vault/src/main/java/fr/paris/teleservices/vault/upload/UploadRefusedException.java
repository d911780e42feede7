package fr.paris.teleservices.vault.upload;

import fr.paris.teleservices.vault.VaultException;

/** An upload was refused; nothing of it was kept (no row, no object, no temporary file). */
public final class UploadRefusedException extends VaultException {

  private final RefusalReason reason;

  public UploadRefusedException(RefusalReason reason) {
    super("Upload refused: " + reason);
    this.reason = reason;
  }

  public UploadRefusedException(RefusalReason reason, Throwable cause) {
    super("Upload refused: " + reason, cause);
    this.reason = reason;
  }

  public RefusalReason reason() {
    return reason;
  }
}
