/**
 * SMS for usagers: reminders for incomplete requests (relances), domiciliation notices and
 * verification codes, written to a transactional outbox in the caller's transaction and sent by a
 * dispatcher that never sends a message twice and never loses one. A library: no web layer, plain
 * JDBC on the caller's connections, every clock injected.
 *
 * <p>Sub-packages by concept: {@code sms} (numbers, encoding, gateway contract), {@code twilio}
 * (the Twilio gateway and its callbacks), {@code optout} (STOP/START and flagged numbers),
 * {@code text} (templates and the segment budget), {@code window} (when a message may go out),
 * {@code reminder} and {@code verification} (what the portal plans), {@code outbox} (the table and
 * the dispatcher), {@code admin} (what the pages read).
 */
package fr.paris.teleservices.notifications;
