package fr.paris.teleservices.vault;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The vault's tables, migrated by Flyway from {@code db/vault}. Several modules share one database
 * schema, each with its own history table, so the vault's migrations are versioned independently;
 * a schema that already holds other modules' tables is baselined at version 0 so that the vault's
 * V1 still runs.
 */
public final class VaultSchema {

  public static final String HISTORY_TABLE = "flyway_history_vault";

  private VaultSchema() {}

  public static void migrate(DataSource dataSource) {
    Flyway.configure()
        .dataSource(dataSource)
        .table(HISTORY_TABLE)
        .locations("classpath:db/vault")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }
}
