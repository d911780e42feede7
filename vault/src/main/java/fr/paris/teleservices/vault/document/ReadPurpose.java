package fr.paris.teleservices.vault.document;

/** Why a document is read, as the journal will tell the usager. */
public enum ReadPurpose {
  /** Shown in the browser (preview). */
  VIEW,
  /** Saved as a file. */
  DOWNLOAD
}
