package fr.paris.teleservices.portal.dossier;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.account.Role;
import fr.paris.teleservices.portal.security.CurrentUser;
import fr.paris.teleservices.portal.web.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Who acts on the usager side of this request, and for whom: the usager themselves, or an agent
 * under an active mandate of that usager (see the mandate package). Staff without a mandate act for
 * nobody here: usager pages answer 404 to them.
 */
@RequestScoped
public class Acting {

  @Inject CurrentUser me;
  @Inject MandateContext mandates;

  /** The usager whose requests and documents this page shows. */
  public Account usager() {
    Account account = me.require();
    if (account.getRole() == Role.USAGER) {
      return account;
    }
    return mandates.activeUsager().orElseThrow(NotFound::new);
  }

  /** The actor recorded in histories and journals. */
  public Actor actor() {
    Account account = me.require();
    return account.getRole() == Role.USAGER ? Actor.of(account) : Actor.agentFor(account, usager());
  }

  /** The mandate under which an agent acts, or null when the usager acts themselves. */
  public String mandateId() {
    return me.require().getRole() == Role.USAGER ? null : mandates.activeMandateId().orElse(null);
  }
}
