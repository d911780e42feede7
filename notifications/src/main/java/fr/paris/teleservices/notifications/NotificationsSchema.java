package fr.paris.teleservices.notifications;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Creates and upgrades this module's tables. Several modules share one schema, so the module keeps
 * its own Flyway history table and baselines at 0 on a schema that already holds other tables.
 */
public final class NotificationsSchema {

  public static final String HISTORY_TABLE = "flyway_history_notifications";

  private NotificationsSchema() {}

  public static void migrate(DataSource dataSource) {
    Flyway.configure(NotificationsSchema.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/notifications")
        .table(HISTORY_TABLE)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }
}
