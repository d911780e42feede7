package fr.paris.teleservices.vault.crypto;

/**
 * An object failed authentication or does not have the shape its row announces. Carries a short
 * technical reason for staff logs, never any plaintext.
 */
public final class TamperedObjectException extends Exception {

  public TamperedObjectException(String reason) {
    super(reason);
  }

  public TamperedObjectException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
