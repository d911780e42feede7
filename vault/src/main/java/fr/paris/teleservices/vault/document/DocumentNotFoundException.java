package fr.paris.teleservices.vault.document;

import fr.paris.teleservices.vault.VaultException;

/**
 * No document with this id that the actor may see. Deliberately the same for "does not exist" and
 * "exists but is not yours" (answer 404 for both), so that ids cannot be probed.
 */
public final class DocumentNotFoundException extends VaultException {

  public DocumentNotFoundException() {
    super("Document not found");
  }
}
