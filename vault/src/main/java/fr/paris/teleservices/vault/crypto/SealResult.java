package fr.paris.teleservices.vault.crypto;

/** What was stored: plaintext size and hash (computed while streaming) and the object's size. */
public record SealResult(long plainSize, long storedSize, String sha256) {}
