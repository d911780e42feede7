package fr.paris.teleservices.vault.journal;

/** What happened. */
public enum JournalAction {
  DEPOSIT,
  VIEW,
  DOWNLOAD,
  SHARE,
  REVOKE,
  RENAME,
  EXPORT,
  DELETE,
  /** A document failed its integrity check or could not be decrypted; detail says how. */
  INTEGRITY_FAILURE
}
