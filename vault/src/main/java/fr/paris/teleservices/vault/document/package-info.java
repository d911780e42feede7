/**
 * Supporting documents (justificatifs) in a usager's vault: depositing one (inspected, encrypted,
 * stored object first and row second), listing, renaming, deleting, and reading it back — with the
 * access decision made on the server for every read, and "not found" for anything the actor may
 * not see, so that no one learns that someone else's document exists.
 */
package fr.paris.teleservices.vault.document;
