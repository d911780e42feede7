package fr.paris.teleservices.vault.storage;

import fr.paris.teleservices.vault.VaultException;

/** The store answered that no object has this key. */
public final class ObjectMissingException extends VaultException {

  public ObjectMissingException(String key) {
    super("No object " + key);
  }
}
