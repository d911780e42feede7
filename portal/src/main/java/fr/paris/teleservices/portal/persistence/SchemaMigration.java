package fr.paris.teleservices.portal.persistence;

import fr.paris.teleservices.portal.config.ConfigKeys;
import fr.paris.teleservices.portal.config.ServiceCheck;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import fr.paris.teleservices.notifications.NotificationsSchema;
import fr.paris.teleservices.vault.VaultSchema;

/**
 * Brings the schema up to date before anything else runs. Each module owns its tables and its
 * migration history table, so modules evolve their schemas independently in one database. JPA
 * never generates schema, in any mode.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = PortalDataSource.JNDI_NAME)
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    failFastOnUnreachableDatabase();
    VaultSchema.migrate(dataSource);
    NotificationsSchema.migrate(dataSource);
    Flyway.configure(SchemaMigration.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/portal")
        .table("flyway_history_portal")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
    LOG.info("Portal schema up to date");
  }

  /**
   * A wrong database setting would otherwise surface as pages of pool and Flyway stack traces.
   * One line naming the setting is what an operator needs.
   */
  private void failFastOnUnreachableDatabase() {
    Config config = ConfigProvider.getConfig();
    ServiceCheck.database(
            config.getValue(ConfigKeys.DB_URL, String.class),
            config.getOptionalValue(ConfigKeys.DB_USER, String.class).orElse(""),
            config.getOptionalValue(ConfigKeys.DB_PASSWORD, String.class).orElse(""))
        .ifPresent(
            problem -> {
              LOG.severe(problem);
              throw new IllegalStateException(problem);
            });
  }
}
