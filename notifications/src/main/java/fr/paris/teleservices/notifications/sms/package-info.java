/**
 * What an SMS is, independent of any provider: a recipient normalised to E.164 (only mobiles
 * receive SMS), a text whose encoding and segment count are computed exactly, and the
 * {@link fr.paris.teleservices.notifications.sms.SmsGateway} contract whose failures are classified
 * by cause so the dispatcher can tell "try again later" from "this number will never work".
 *
 * <p>Full phone numbers never go to a log: use {@link fr.paris.teleservices.notifications.sms.PhoneNumbers#mask}.
 */
package fr.paris.teleservices.notifications.sms;
