/**
 * Twilio: the gateway built on the official SDK (its own REST client per gateway, no global
 * {@code Twilio.init} state), the classification of its failures by cause, the verification of
 * {@code X-Twilio-Signature}, and the handling of status callbacks and inbound messages whose HTTP
 * endpoints live in the portal.
 */
package fr.paris.teleservices.notifications.twilio;
