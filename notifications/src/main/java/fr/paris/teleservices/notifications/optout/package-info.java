/**
 * Who must not receive anything: numbers whose owner replied STOP (or ARRET…), numbers the provider
 * reported as unsubscribed, and numbers the provider refused for good (flagged so that staff ask
 * for another one). One row per number; the dispatcher checks it before every send.
 */
package fr.paris.teleservices.notifications.optout;
