/**
 * One-time codes that verify a usager's phone number at signup or when it changes. The portal makes
 * and checks the code; this package only delivers it, at once and at any hour.
 */
package fr.paris.teleservices.notifications.verification;
