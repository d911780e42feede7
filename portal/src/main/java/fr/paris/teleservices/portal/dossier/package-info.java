/**
 * Requests (demandes) of usagers for the procedures of the catalog, and their lifecycle: draft,
 * submission with an accusé de réception, missing pieces and the 2-month deadline, instruction by
 * the structure, decision, lapse. Documents stay in the vault; a request references them.
 */
package fr.paris.teleservices.portal.dossier;
