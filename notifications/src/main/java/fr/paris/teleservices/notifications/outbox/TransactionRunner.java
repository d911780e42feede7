package fr.paris.teleservices.notifications.outbox;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs a unit of work in a transaction of its own, committed when the work returns. The dispatcher
 * and the callback handlers need this (claim → commit → send → record → commit); the planning
 * methods never do, they use the caller's connection.
 *
 * <p>Outside a container use {@link JdbcTransactionRunner}. In the container either give it a
 * non-JTA data source, or implement this with a {@code @Transactional(REQUIRES_NEW)} bean method
 * that hands the work a connection from the JTA data source and lets the container commit.
 */
@FunctionalInterface
public interface TransactionRunner {

  <T> T inTransaction(Work<T> work) throws SQLException;

  /** The work; it must not commit, roll back or close the connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }
}
