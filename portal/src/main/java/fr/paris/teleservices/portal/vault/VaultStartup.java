package fr.paris.teleservices.portal.vault;

import fr.paris.teleservices.portal.catalog.CatalogService;
import fr.paris.teleservices.portal.config.ObjectStoreSettings;
import fr.paris.teleservices.portal.config.ServiceCheck;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * At start-up, after the schema: a wrong S3 setting or a malformed catalog entry stops the
 * deployment with one line naming what to fix; then the vault opens (bucket created if missing,
 * master keystore read or, in embedded mode, created).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class VaultStartup {

  private static final Logger LOG = Logger.getLogger(VaultStartup.class.getName());

  @Inject VaultSetup vault;
  @Inject CatalogService catalog;

  @PostConstruct
  void open() {
    ObjectStoreSettings s = ObjectStoreSettings.from(ConfigProvider.getConfig());
    ServiceCheck.objectStore(s.endpoint(), s.region(), s.accessKey(), s.secretKey(), s.bucket())
        .ifPresent(
            problem -> {
              LOG.severe(problem);
              throw new IllegalStateException(problem);
            });
    try {
      catalog.catalog();
    } catch (RuntimeException e) {
      String line = "Catalog error: " + e.getMessage();
      LOG.severe(line);
      throw new IllegalStateException(line);
    }
    vault.vault();
  }
}
