package fr.paris.teleservices.vault.crypto;

/** Where an encrypted document lives and what its row says about it. */
public record SealedObject(String objectKey, ObjectBinding binding, long plainSize, long storedSize) {}
