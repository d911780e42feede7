package fr.paris.teleservices.portal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Runs a module's unit of work (vault, notifications) in a container transaction of its own: the
 * connection comes from the portal's JTA data source and the container commits it, or rolls it
 * back when the work fails.
 */
@ApplicationScoped
public class ContainerTransactions {

  @Resource(lookup = PortalDataSource.JNDI_NAME)
  DataSource dataSource;

  /** A unit of work on a connection it must not commit, roll back or close. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = SQLException.class)
  public <T> T inNewTransaction(Work<T> work) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return work.run(connection);
    }
  }

  /** Joins the caller's transaction: what the work writes commits or rolls back with it. */
  @Transactional(value = Transactional.TxType.MANDATORY, rollbackOn = SQLException.class)
  public <T> T inCurrentTransaction(Work<T> work) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return work.run(connection);
    }
  }

  public DataSource dataSource() {
    return dataSource;
  }
}
