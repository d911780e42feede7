/**
 * The usager's "porte-documents" in the portal: adding, listing, opening, renaming, deleting,
 * sharing, the journal and the export of a vault; "documents partagés avec moi" for social
 * workers; integrity, reconciliation and key rotation for administrators. Every decision about
 * who may see what is the vault module's, on the server, for every read: these pages only show
 * what it answers, and never show content to an administrator.
 */
package fr.paris.teleservices.portal.vault;
