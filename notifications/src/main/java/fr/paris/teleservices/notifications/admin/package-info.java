/**
 * What the portal's pages read: a request's SMS history (the text only for its owner), and for
 * administrators the failures, the opted-out and flagged numbers, the volume per day and the
 * embedded outbox. Numbers are masked unless an administrator asks for one number's detail.
 */
package fr.paris.teleservices.notifications.admin;
