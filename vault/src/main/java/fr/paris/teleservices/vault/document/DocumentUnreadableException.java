package fr.paris.teleservices.vault.document;

import fr.paris.teleservices.vault.VaultException;

/**
 * The document exists and the actor may read it, but its stored object is missing, altered or
 * cannot be decrypted. Nothing of it was released; the event is journaled and logged for staff.
 */
public final class DocumentUnreadableException extends VaultException {

  private final String documentId;

  public DocumentUnreadableException(String documentId, Throwable cause) {
    super("Document " + documentId + " is unreadable", cause);
    this.documentId = documentId;
  }

  public String documentId() {
    return documentId;
  }
}
