/**
 * Local temporary files ("spool") for the few steps that need random access or a second pass: PDF
 * and image inspection of an upload, and holding a download's ciphertext until every chunk is
 * authenticated. Files are owner-only, deleted as soon as the step ends, and swept at start-up in
 * case a crash (kill -9) left some behind. Upload spools hold plaintext: point the spool directory
 * at an encrypted or tmpfs volume in production.
 */
package fr.paris.teleservices.vault.spool;
