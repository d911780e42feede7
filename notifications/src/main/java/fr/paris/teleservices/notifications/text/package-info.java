/**
 * The texts: each kind of SMS has one template in the i18n bundle family {@code sms}, rendered in the
 * person's language when the message is sent (so a postponed reminder still states the right number
 * of days), measured, and refused — never truncated — when it would exceed the segment budget.
 *
 * <p>What a template may say is fixed by the product: a request number, what to do, where (the
 * portal's address or the person's EPS). Never the aid's name, a health or disability detail, or
 * anything from a document: an SMS is read on a lock screen, by whoever holds the phone.
 */
package fr.paris.teleservices.notifications.text;
