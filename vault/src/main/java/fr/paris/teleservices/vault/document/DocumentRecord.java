package fr.paris.teleservices.vault.document;

import fr.paris.teleservices.vault.access.ActorKind;
import fr.paris.teleservices.vault.crypto.ObjectBinding;
import fr.paris.teleservices.vault.crypto.SealedObject;

/** A document row: the summary plus where and how it is stored. Never leaves the vault. */
public record DocumentRecord(
    DocumentSummary summary,
    String objectKey,
    long storedSize,
    byte[] wrappedDataKey,
    int objectFormat,
    ActorKind depositorKind,
    String depositorId) {

  public static final String HASH_ALGORITHM = "SHA-256";

  public String id() {
    return summary.id();
  }

  public String ownerId() {
    return summary.ownerId();
  }

  public SealedObject sealedObject() {
    return new SealedObject(objectKey, new ObjectBinding(summary.id(), summary.ownerId()), summary.size(), storedSize);
  }
}
