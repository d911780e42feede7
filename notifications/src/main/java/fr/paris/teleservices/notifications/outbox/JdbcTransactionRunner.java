package fr.paris.teleservices.notifications.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Local JDBC transactions on a data source, in READ COMMITTED: the dispatcher's locking reads then
 * lock only the rows they return, not gaps that would block the portal's inserts. A deadlock or a
 * Galera certification failure (1213) and a lock wait timeout (1205) are retried a few times, which
 * is safe because every unit of work here is guarded by state and claim token.
 */
public final class JdbcTransactionRunner implements TransactionRunner {

  private static final int MAX_TRIES = 3;
  private static final int ER_LOCK_DEADLOCK = 1213;
  private static final int ER_LOCK_WAIT_TIMEOUT = 1205;

  private final DataSource dataSource;

  public JdbcTransactionRunner(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public <T> T inTransaction(Work<T> work) throws SQLException {
    for (int attempt = 1; ; attempt++) {
      try {
        return once(work);
      } catch (SQLException e) {
        boolean conflict =
            e.getErrorCode() == ER_LOCK_DEADLOCK || e.getErrorCode() == ER_LOCK_WAIT_TIMEOUT;
        if (!conflict || attempt == MAX_TRIES) {
          throw e;
        }
      }
    }
  }

  private <T> T once(Work<T> work) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        rollbackQuietly(c, e);
        throw e;
      }
    }
  }

  private static void rollbackQuietly(Connection c, Throwable failure) {
    try {
      c.rollback();
    } catch (SQLException rollbackFailure) {
      failure.addSuppressed(rollbackFailure);
    }
  }
}
