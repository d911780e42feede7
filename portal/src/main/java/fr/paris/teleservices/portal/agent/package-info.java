/**
 * The espace numérique's desk: an agent sits beside a person and opens an assisted session (the
 * person consents — password on the agent's screen, a code by SMS, or approval on their own phone —
 * and a mandate starts, see the mandate package), creates an account for a person without e-mail
 * (a generated login identifier and a printed recovery code), prints a recap sheet, and, after
 * checking an identity document in person, issues a one-time code to choose a new password.
 *
 * <p>An agent sees no account's data outside a mandate: looking an account up shows only a masked
 * identity (initials, the last digits of the phone) to ask for consent.
 */
package fr.paris.teleservices.portal.agent;
