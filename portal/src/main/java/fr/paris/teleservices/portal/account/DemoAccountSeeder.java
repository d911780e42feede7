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
import fr.paris.teleservices.portal.security.secondfactor.Base32;
import fr.paris.teleservices.portal.security.secondfactor.SecondFactor;
import fr.paris.teleservices.portal.security.secondfactor.SecondFactorKeys;
import java.time.Instant;
import java.util.Optional;
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
  @Inject SecondFactorKeys secondFactorKeys;

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @PostConstruct
  void seed() {
    if (!enabled) {
      return;
    }
    for (DemoAccounts.Demo demo : DemoAccounts.ALL) {
      LoginIdentifier login = LoginIdentifier.parse(demo.login());
      Optional<Account> existing = accounts.findByLogin(login);
      if (existing.isPresent()) {
        // Demo data from before staff had a second factor: give the account the documented key.
        enrolDemoKey(existing.get());
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
      enrolDemoKey(account);
      accounts.add(account);
      LOG.info(() -> "Demo account created for role " + demo.role());
    }
  }

  private void enrolDemoKey(Account account) {
    if (SecondFactor.required(account) && !SecondFactor.enrolled(account)) {
      byte[] key = Base32.decode(DemoAccounts.SECOND_FACTOR_KEY);
      account.setSecondFactor(secondFactorKeys.seal(key, account.getPublicId()), null);
    }
  }
}
