package fr.paris.teleservices.portal.domiciliation;

import fr.paris.teleservices.portal.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Whether the navigation shows the domiciliation structure's staff pages. */
@Named
@RequestScoped
public class DomiciliationNav {

  @Inject CurrentUser me;

  public boolean isStaff() {
    return DomiciliationService.isDomiciliationStaff(me.account().orElse(null));
  }
}
