package fr.paris.teleservices.portal.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** The application is deployed and answering; its dependencies are the readiness checks' job. */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.up("portal");
  }
}
