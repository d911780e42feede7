package fr.paris.teleservices.portal.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The portal's one connection pool, configured from MicroProfile Config so that the same WAR runs
 * against the embedded MariaDB, the machine's MariaDB in CI, or a production MariaDB/Galera.
 */
@DataSourceDefinition(
    name = PortalDataSource.JNDI_NAME,
    className = "org.mariadb.jdbc.MariaDbDataSource",
    url = "${MPCONFIG=portal.db.url}",
    user = "${MPCONFIG=portal.db.user}",
    password = "${MPCONFIG=portal.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    maxIdleTime = 300,
    loginTimeout = 10,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data",
      "fish.payara.fail-all-connections=true"
    })
@Singleton
public class PortalDataSource {
  public static final String JNDI_NAME = "java:app/jdbc/portal";
}
