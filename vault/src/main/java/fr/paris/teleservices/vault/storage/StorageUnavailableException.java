package fr.paris.teleservices.vault.storage;

import fr.paris.teleservices.vault.VaultException;

/** The object store cannot be reached, refused the request or answered an error (5xx, timeout). */
public final class StorageUnavailableException extends VaultException {

  public StorageUnavailableException(String operation, Throwable cause) {
    super("Object store unavailable during " + operation + ": " + cause.getClass().getSimpleName(), cause);
  }
}
