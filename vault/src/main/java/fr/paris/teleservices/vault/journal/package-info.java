/**
 * The journal: who did what to which document, per owner, readable by the usager ("who opened my
 * documents, and when"). Entries are hash-chained per owner — each stores the hash of the previous
 * entry and its own SHA-256 over a canonical serialisation — and a head row holds the last sequence
 * and hash, so an edited, deleted or truncated entry is detected by {@link
 * fr.paris.teleservices.vault.journal.Journal#verify}. Appends lock the owner's head row ({@code
 * SELECT … FOR UPDATE}), which keeps the chain linear under concurrency without table locks (Galera
 * forbids those). Entries carry ids and codes only: no file names, no content.
 */
package fr.paris.teleservices.vault.journal;
