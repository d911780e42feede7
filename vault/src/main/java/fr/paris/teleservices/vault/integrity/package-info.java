/**
 * Checking that what is stored is what was deposited. The integrity {@link
 * fr.paris.teleservices.vault.integrity.IntegrityCheck check} decrypts and re-hashes documents
 * (content never leaves it); {@link fr.paris.teleservices.vault.integrity.Reconciliation}
 * compares the bucket with the rows both ways — objects without a row (left by a crash between
 * upload and commit, or by a failed delete) are removed after a grace period, rows without an
 * object are reported.
 */
package fr.paris.teleservices.vault.integrity;
