package fr.paris.teleservices.vault.transaction;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Commits by JDBC on a plain (non-JTA) {@link DataSource}: for tests, command-line tools and the
 * embedded mode. Retries a transaction that lost a deadlock or a Galera certification conflict (both
 * reported as error 1213 / SQLState 40001), as MariaDB recommends.
 */
public final class JdbcTransactionRunner implements TransactionRunner {

  private static final Logger LOG = Logger.getLogger(JdbcTransactionRunner.class.getName());
  private static final int MAX_ATTEMPTS = 3;
  private static final int ER_LOCK_DEADLOCK = 1213;

  private final DataSource dataSource;

  public JdbcTransactionRunner(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public <T> T inTransaction(SqlWork<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return attempt(work);
      } catch (SQLException e) {
        if (attempt >= MAX_ATTEMPTS || !isConflict(e)) {
          throw new VaultDatabaseException(e);
        }
        LOG.log(Level.FINE, "Transaction conflict, retrying (attempt {0})", attempt);
        pause(attempt);
      }
    }
  }

  private <T> T attempt(SqlWork<T> work) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollback(connection, e);
        throw e;
      } finally {
        // A pooled connection must go back as it came.
        connection.setAutoCommit(autoCommit);
      }
    }
  }

  private static void rollback(Connection connection, Exception cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private static boolean isConflict(SQLException e) {
    return e.getErrorCode() == ER_LOCK_DEADLOCK || "40001".equals(e.getSQLState());
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(20L * attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
