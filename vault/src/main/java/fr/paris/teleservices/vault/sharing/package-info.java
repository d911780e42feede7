/**
 * Shares (partages, access grants): a usager lets a named social worker, or every worker of a
 * structure (EPS), read chosen documents until a date, and may revoke that at once. A share is a
 * row the server checks on every read — no key is copied, nothing is sent — and it gives access to
 * exactly the documents it lists, nothing else in the vault.
 */
package fr.paris.teleservices.vault.sharing;
