/**
 * The transactional outbox. The portal writes each SMS as a row in the same transaction as the
 * change that causes it ({@link fr.paris.teleservices.notifications.outbox.SmsOutbox}, never
 * committing); a {@link fr.paris.teleservices.notifications.outbox.SmsDispatcher} claims due rows
 * with {@code SELECT … FOR UPDATE SKIP LOCKED}, leases them, commits, sends, and records the result
 * in its own transactions — so any number of dispatchers, in threads or in JVMs, share the table
 * without sending a row twice, and a dispatcher that dies leaves rows that another one picks up
 * when their lease expires.
 */
package fr.paris.teleservices.notifications.outbox;
