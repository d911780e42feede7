/**
 * What the portal plans (relances): reminders while a request is INCOMPLETE, on a schedule an
 * administrator sets per procedure, and the domiciliation notices (two months before the end, mail
 * arrived). Planning writes outbox rows on the caller's connection, in the caller's transaction,
 * with one dedupe key per reminder so that planning twice plans once; cancelling withdraws every
 * pending row of the subject at once.
 */
package fr.paris.teleservices.notifications.reminder;
