/**
 * Who acts, and what each kind of actor may do. Every vault operation takes an {@link
 * fr.paris.teleservices.vault.access.Actor}; the portal has authenticated the person (and verified an
 * agent's mandate and its scope) before building one, and the vault decides on the server, for every
 * call, whether that actor may touch that vault.
 */
package fr.paris.teleservices.vault.access;
