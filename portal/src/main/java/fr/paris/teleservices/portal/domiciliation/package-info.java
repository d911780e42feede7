/**
 * Domiciliation (élection de domicile): a postal address for people without a stable home, run in
 * Paris by Paris Adresse (CASF L.264-1 and D.264-1 s.; catalog-facts §6).
 *
 * <p>The lifecycle follows DomiFa's: a request (identity as declared — an identity document may be
 * attached but never required — and the link with Paris), an interview, a decision: granted with an
 * attestation valid one year (end = start + 1 year − 1 day, Cerfa 16030*01) that also goes to the
 * person's vault, or refused with a reason and the appeal route. Renewal may be asked from two
 * months before the end (the person is told on the page and by SMS); a domiciliation ends, or is
 * radiated for one of DomiFa's reasons (e.g. no contact for more than three months).
 *
 * <p>Staff of the structure record the mail received (a kind of sender, never the content) and its
 * collection; each arrival is told by SMS in the same transaction. Contact with the structure
 * (mail collected, a visit, a request) resets the "no contact" clock.
 *
 * <p>{@link fr.paris.teleservices.portal.domiciliation.DomiciliationService#activeAddress} gives the
 * address a domicilié may use in their other requests.
 */
package fr.paris.teleservices.portal.domiciliation;
