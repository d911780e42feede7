package fr.paris.teleservices.portal.health;

import fr.paris.teleservices.portal.persistence.PortalDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** The portal is not ready while its database does not answer. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Resource(lookup = PortalDataSource.JNDI_NAME)
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    try (Connection c = dataSource.getConnection()) {
      return c.isValid(2)
          ? HealthCheckResponse.up("database")
          : HealthCheckResponse.down("database");
    } catch (Exception e) {
      return HealthCheckResponse.named("database").down().withData("error", e.getClass().getSimpleName()).build();
    }
  }
}
