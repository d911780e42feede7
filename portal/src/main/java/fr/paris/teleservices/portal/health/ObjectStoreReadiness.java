package fr.paris.teleservices.portal.health;

import fr.paris.teleservices.portal.config.ObjectStoreSettings;
import fr.paris.teleservices.portal.config.ServiceCheck;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** The portal is not ready while the S3 store of the vault does not accept its credentials. */
@Readiness
@ApplicationScoped
public class ObjectStoreReadiness implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    ObjectStoreSettings s = ObjectStoreSettings.from(ConfigProvider.getConfig());
    Optional<String> problem =
        ServiceCheck.objectStore(s.endpoint(), s.region(), s.accessKey(), s.secretKey(), s.bucket());
    return problem.isEmpty()
        ? HealthCheckResponse.up("object-store")
        : HealthCheckResponse.named("object-store").down().build();
  }
}
