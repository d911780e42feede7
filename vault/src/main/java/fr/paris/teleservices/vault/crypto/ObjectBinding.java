package fr.paris.teleservices.vault.crypto;

/** What an object's ciphertext is cryptographically bound to: the document row and its owner. */
public record ObjectBinding(String documentId, String ownerId) {}
