/**
 * Transaction boundaries without a container: the vault decides <em>what</em> must be atomic (a
 * document row and its journal entry, a share and its documents) and a {@link
 * fr.paris.teleservices.vault.transaction.TransactionRunner} decides <em>how</em> it commits — by
 * JDBC in tests and standalone tools, by the caller's JTA transaction inside Payara.
 */
package fr.paris.teleservices.vault.transaction;
