package fr.paris.teleservices.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paris.teleservices.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationsSchemaTest {

  @Test
  void migratesBesideOtherModulesTablesWithItsOwnHistoryAndIsIdempotent() throws Exception {
    try (TestDatabase db = TestDatabase.create("notifschema")) {
      try (Connection c = db.connect();
          Statement st = c.createStatement()) {
        st.execute("CREATE TABLE vault_document (id BIGINT PRIMARY KEY)");
        st.execute("CREATE TABLE flyway_schema_history (installed_rank INT PRIMARY KEY)");
      }
      NotificationsSchema.migrate(db.dataSource());
      NotificationsSchema.migrate(db.dataSource());

      assertThat(tables(db)).contains("sms_message", "sms_number", NotificationsSchema.HISTORY_TABLE, "vault_document");
      try (Connection c = db.connect();
          Statement st = c.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "SELECT version FROM " + NotificationsSchema.HISTORY_TABLE + " WHERE success ORDER BY installed_rank")) {
        List<String> versions = new ArrayList<>();
        while (rs.next()) {
          versions.add(rs.getString(1));
        }
        assertThat(versions).as("each migration applied once").containsExactly("0", "1", "2");
      }
      try (Connection c = db.connect();
          Statement st = c.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "SELECT COUNT(*) FROM information_schema.tables t WHERE t.table_schema = DATABASE()"
                      + " AND t.table_name LIKE 'sms_%' AND NOT EXISTS (SELECT 1 FROM"
                      + " information_schema.table_constraints k WHERE k.table_schema = t.table_schema"
                      + " AND k.table_name = t.table_name AND k.constraint_type = 'PRIMARY KEY')")) {
        rs.next();
        assertThat(rs.getInt(1)).as("tables without a primary key (Galera needs one)").isZero();
      }
    }
  }

  private static List<String> tables(TestDatabase db) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection c = db.connect();
        ResultSet rs = c.getMetaData().getTables(db.name(), null, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        names.add(rs.getString("TABLE_NAME"));
      }
    }
    return names;
  }
}
