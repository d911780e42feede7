/**
 * When a message may reach a person: 8:00–20:00 in Paris, never on a Sunday or a French public
 * holiday. Holidays are computed (Easter by the Gregorian computus), not read from a list that
 * someone must remember to extend every year.
 */
package fr.paris.teleservices.notifications.window;
