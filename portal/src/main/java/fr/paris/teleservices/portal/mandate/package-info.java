/**
 * Mandates: a usager's consent for an agent of an espace numérique to act for them, bounded in
 * scope and time (SECURITY.md §9; Aidants Connect practice).
 *
 * <p>Consent is given on the spot: the person types their password on the agent's screen, or a
 * code received by SMS, or approves the request in their own space on their phone; an account an
 * agent creates with the person present carries its mandate from the start. A mandate lasts the
 * visit (2 hours by default, a day at most); the person or the agent can end it at any time.
 *
 * <p>{@link fr.paris.teleservices.portal.mandate.ActiveMandate} is the portal's
 * {@link fr.paris.teleservices.portal.dossier.MandateContext}: the mandate id kept in the agent's
 * session, checked against the database on every request (active, not expired, not ended, the
 * agent's own). {@link fr.paris.teleservices.portal.mandate.MandateScopeFilter} lets an agent into
 * a usager page only with such a mandate and the scope the page needs ({@link
 * fr.paris.teleservices.portal.mandate.ScopeRules}); otherwise the page answers 404 (no mandate) or
 * 403 (outside its scope). Every step is written to the mandate journal the usager reads.
 */
package fr.paris.teleservices.portal.mandate;
