/**
 * The languages of the portal and their texts. Every word a person reads — on a page, in a PDF, in
 * an SMS — comes from the bundles of this module, French first; no other module holds user-facing
 * text.
 */
package fr.paris.teleservices.i18n;
