package fr.paris.teleservices.portal.mandate;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.dossier.MandateContext;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** Until assisted sessions exist, nobody acts for a usager but the usager. */
@RequestScoped
public class NoMandates implements MandateContext {

  @Override
  public Optional<Account> activeUsager() {
    return Optional.empty();
  }

  @Override
  public Optional<String> activeMandateId() {
    return Optional.empty();
  }
}
