package fr.paris.teleservices.vault.transaction;

/**
 * Runs a unit of database work atomically. The vault never calls {@code commit}, {@code rollback} or
 * {@code setAutoCommit} itself: inside the application server those belong to the container's JTA
 * transaction, and calling them on an enlisted connection is an error.
 *
 * <p>The work may be run more than once (a runner may retry a deadlock or a Galera certification
 * failure), so it must only touch the database.
 */
public interface TransactionRunner {

  /**
   * @throws VaultDatabaseException when the database fails; exceptions thrown by the work itself
   *     propagate unchanged after the transaction is rolled back (or marked for rollback).
   */
  <T> T inTransaction(SqlWork<T> work);
}
