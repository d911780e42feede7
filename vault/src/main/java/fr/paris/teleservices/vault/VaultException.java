package fr.paris.teleservices.vault;

/**
 * Base of every failure the vault reports to its caller. Each subclass is a situation the portal
 * turns into a message for a person (never a stack trace); messages carry codes and ids only, never
 * file names or document content, because they end up in logs.
 */
public abstract class VaultException extends RuntimeException {

  protected VaultException(String message) {
    super(message);
  }

  protected VaultException(String message, Throwable cause) {
    super(message, cause);
  }
}
