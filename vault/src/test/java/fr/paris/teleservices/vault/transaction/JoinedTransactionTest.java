package fr.paris.teleservices.vault.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paris.teleservices.vault.TestFiles;
import fr.paris.teleservices.vault.Vault;
import fr.paris.teleservices.vault.VaultConfig;
import fr.paris.teleservices.vault.VaultFixture;
import fr.paris.teleservices.vault.access.Actor;
import fr.paris.teleservices.vault.document.DepositRequest;
import fr.paris.teleservices.vault.document.DocumentType;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * In the container, the vault's statements join the caller's transaction and the caller decides:
 * simulated here by a data source whose connections are one connection in a transaction the test
 * commits or rolls back, as a JTA transaction manager would.
 */
class JoinedTransactionTest {

  static VaultFixture fx;

  @BeforeAll
  static void start() {
    fx = VaultFixture.start();
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  /** Hands out the caller's transactional connection; "closing" it returns it to the caller. */
  static DataSource enlisted(Connection connection) {
    Connection handle =
        (Connection)
            Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                  switch (method.getName()) {
                    case "close":
                      return null;
                    case "commit":
                    case "rollback":
                    case "setAutoCommit":
                      throw new AssertionError("the vault called " + method.getName() + " on an enlisted connection");
                    default:
                      try {
                        return method.invoke(connection, args);
                      } catch (InvocationTargetException e) {
                        throw e.getCause();
                      }
                  }
                });
    return new DataSource() {
      @Override
      public Connection getConnection() {
        return handle;
      }

      @Override
      public Connection getConnection(String user, String password) {
        return handle;
      }

      @Override
      public PrintWriter getLogWriter() {
        return null;
      }

      @Override
      public void setLogWriter(PrintWriter out) {}

      @Override
      public void setLoginTimeout(int seconds) {}

      @Override
      public int getLoginTimeout() {
        return 0;
      }

      @Override
      public Logger getParentLogger() {
        return Logger.getGlobal();
      }

      @Override
      public <T> T unwrap(Class<T> type) {
        throw new UnsupportedOperationException();
      }

      @Override
      public boolean isWrapperFor(Class<?> type) {
        return false;
      }
    };
  }

  static long documentsOf(String ownerId) {
    return fx.count("SELECT COUNT(*) FROM vault_document WHERE owner_id = '" + ownerId + "'");
  }

  void depositInCallersTransaction(boolean commit, Actor.Usager owner) throws Exception {
    try (Connection connection = fx.database.connect()) {
      connection.setAutoCommit(false);
      DataSource joined = enlisted(connection);
      try (Vault vault =
          Vault.builder(joined, fx.store, fx.masterKeys)
              .transactions(new JoinedTransactionRunner(joined))
              .config(VaultConfig.builder().spoolDirectory(fx.spool()).build())
              .build()) {
        vault.deposit(owner, DepositRequest.of(new ByteArrayInputStream(TestFiles.pdf("x")), "x.pdf", null, DocumentType.OTHER));
        assertThat(vault.documents(owner)).hasSize(1);
        assertThat(documentsOf(owner.ownerId())).as("seen from outside before the caller commits").isZero();
      }
      if (commit) {
        connection.commit();
      } else {
        connection.rollback();
      }
    }
  }

  @Test
  void theCallersCommitMakesTheDepositVisible() throws Exception {
    Actor.Usager owner = Actor.usager("u-" + UUID.randomUUID(), "U");
    depositInCallersTransaction(true, owner);
    assertThat(documentsOf(owner.ownerId())).isEqualTo(1);
    assertThat(fx.vault.journal(owner, 0, 10)).hasSize(1);
  }

  @Test
  void theCallersRollbackLeavesOnlyAnOrphanObjectForReconciliation() throws Exception {
    Actor.Usager owner = Actor.usager("u-" + UUID.randomUUID(), "U");
    int objectsBefore = fx.objectFiles().size();
    depositInCallersTransaction(false, owner);
    assertThat(documentsOf(owner.ownerId())).isZero();
    assertThat(fx.count("SELECT COUNT(*) FROM vault_owner_key WHERE owner_id = '" + owner.ownerId() + "'")).isZero();
    assertThat(fx.objectFiles()).hasSize(objectsBefore + 1);
  }
}
