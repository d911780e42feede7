/**
 * Portability (L103, SECURITY 4): one call writes a ZIP with every document decrypted in its stored
 * format, a {@code manifest.json} (metadata and SHA-256 per file) and the hash-chained journal
 * ({@code journal.json}, verifiable outside the vault). Open formats, streamed in bounded memory.
 */
package fr.paris.teleservices.vault.export;
