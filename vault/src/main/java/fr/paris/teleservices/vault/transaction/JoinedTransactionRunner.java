package fr.paris.teleservices.vault.transaction;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Joins the caller's container transaction: each unit of work runs on a connection from the
 * container's JTA {@link DataSource}, which the container enlists in the active transaction; the
 * container commits or rolls back when the caller's {@code @Transactional} method ends.
 *
 * <p>Use it only from code that runs inside an active JTA transaction: without one, a container
 * connection is in auto-commit mode and the vault's row locks ({@code SELECT … FOR UPDATE} on the
 * journal head and the owner's key row) would not last beyond each statement. Nothing is retried:
 * a conflict makes the caller's whole transaction fail, which is the container's to retry.
 */
public final class JoinedTransactionRunner implements TransactionRunner {

  private final DataSource dataSource;

  public JoinedTransactionRunner(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public <T> T inTransaction(SqlWork<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw new VaultDatabaseException(e);
    }
  }
}
