/**
 * Inspection and sanitising of what a person uploads, before anything is kept (OWASP file-upload
 * rules): size bounded while streaming, type decided from magic bytes against an allowlist (PDF,
 * JPEG, PNG), PDFs with active or embedded content refused, images decoded with bounded memory and
 * re-encoded without metadata (EXIF, GPS), page photos assembled into one PDF, file names reduced to
 * harmless display metadata. Every refusal is an {@link
 * fr.paris.teleservices.vault.upload.UploadRefusedException} with a {@link
 * fr.paris.teleservices.vault.upload.RefusalReason} the portal turns into a message.
 */
package fr.paris.teleservices.vault.upload;
