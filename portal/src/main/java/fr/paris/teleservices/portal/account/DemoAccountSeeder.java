package fr.paris.teleservices.portal.account;

import fr.paris.teleservices.portal.config.ConfigKeys;
import fr.paris.teleservices.portal.structure.Structure;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Creates the demo accounts on first start in embedded mode; does nothing otherwise. */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoAccountSeeder {

  private static final Logger LOG = Logger.getLogger(DemoAccountSeeder.class.getName());

  @Inject
  @ConfigProperty(name = ConfigKeys.DEMO_ACCOUNTS, defaultValue = "false")
  boolean enabled;

  @Inject AccountRepository accounts;
  @Inject PasswordHasher hasher;

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @PostConstruct
  void seed() {
    if (!enabled) {
      return;
    }
    for (DemoAccounts.Demo demo : DemoAccounts.ALL) {
      LoginIdentifier login = LoginIdentifier.parse(demo.login());
      if (accounts.findByLogin(login).isPresent()) {
        continue;
      }
      Account account =
          new Account(demo.role(), demo.displayName(), hasher.hash(demo.password()), "fr", Instant.now());
      if (login.kind() == LoginIdentifier.Kind.EMAIL) {
        account.setEmail(login.value());
      } else {
        account.setLoginId(login.value());
      }
      if (demo.structureCode() != null) {
        account.setStructure(
            em.createQuery("SELECT s FROM Structure s WHERE s.code = :c", Structure.class)
                .setParameter("c", demo.structureCode())
                .getSingleResult());
      }
      accounts.add(account);
      LOG.info(() -> "Demo account created for role " + demo.role());
    }
  }
}
