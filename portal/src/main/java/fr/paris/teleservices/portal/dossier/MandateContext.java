package fr.paris.teleservices.portal.dossier;

import fr.paris.teleservices.portal.account.Account;
import java.util.Optional;

/** The mandate an agent currently acts under, if any (implemented by the mandate package). */
public interface MandateContext {

  Optional<Account> activeUsager();

  Optional<String> activeMandateId();
}
