package fr.paris.teleservices.vault.keys;

/**
 * A key cannot be obtained: the owner's key row is gone (crypto-shredded), the keystore lacks the
 * master key version a row names, or a wrapped key does not unwrap. Callers turn it into
 * "document unreadable" and an alert for staff.
 */
public final class KeyUnavailableException extends RuntimeException {

  public KeyUnavailableException(String reason) {
    super(reason);
  }

  public KeyUnavailableException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
