package fr.paris.teleservices.vault;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paris.teleservices.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VaultSchemaTest {

  @Test
  void migratesASchemaSharedWithOtherModulesIntoItsOwnHistoryTable() throws Exception {
    try (TestDatabase database = TestDatabase.create("schema")) {
      try (Connection c = database.connect();
          Statement st = c.createStatement()) {
        // Another module got there first, with its own Flyway history.
        st.execute("CREATE TABLE portal_account (id VARCHAR(64) PRIMARY KEY)");
        st.execute("CREATE TABLE flyway_history_portal (installed_rank INT PRIMARY KEY)");
      }

      VaultSchema.migrate(database.dataSource());
      VaultSchema.migrate(database.dataSource());

      try (Connection c = database.connect();
          Statement st = c.createStatement()) {
        List<String> applied = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT version FROM flyway_history_vault WHERE success = 1 ORDER BY installed_rank")) {
          while (rs.next()) {
            applied.add(rs.getString(1));
          }
        }
        assertThat(applied).containsExactly("0", "1");
        // Galera replicates row by row: every vault table needs a primary key.
        try (ResultSet rs =
            st.executeQuery(
                "SELECT t.table_name FROM information_schema.tables t WHERE t.table_schema = DATABASE()"
                    + " AND t.table_name LIKE 'vault\\_%' AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints k"
                    + " WHERE k.table_schema = t.table_schema AND k.table_name = t.table_name AND k.constraint_type = 'PRIMARY KEY')")) {
          assertThat(rs.next()).as("a vault table without a primary key").isFalse();
        }
        try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name LIKE 'vault\\_%'")) {
          rs.next();
          assertThat(rs.getInt(1)).isEqualTo(6);
        }
      }
    }
  }
}
