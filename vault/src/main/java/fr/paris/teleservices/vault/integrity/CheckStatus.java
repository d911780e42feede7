package fr.paris.teleservices.vault.integrity;

/** The state of one document after an integrity check. */
public enum CheckStatus {
  OK,
  /** Decrypts and authenticates, but its SHA-256 differs from the one recorded at deposit. */
  HASH_MISMATCH,
  /** Fails authentication (altered, truncated, swapped) or its keys cannot be unwrapped. */
  UNREADABLE,
  MISSING_OBJECT
}
