/**
 * The supporting documents a procedure requires, with their alternatives ("3 avis d'imposition, ou
 * 3 quittances de loyer et 3 factures") and validity rules, and the check that tells a usager
 * exactly which pieces are still missing or out of date. Pure Java: no container needed.
 */
package fr.paris.teleservices.portal.catalog.documents;
