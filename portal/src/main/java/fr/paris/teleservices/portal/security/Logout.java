package fr.paris.teleservices.portal.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import fr.paris.teleservices.portal.mandate.ActiveMandate;
import fr.paris.teleservices.portal.mandate.MandateService;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Logging out ends the session on the server, not only in the browser. */
@Named
@RequestScoped
public class Logout {

  @Inject ActiveMandate mandate;
  @Inject MandateService mandates;
  @Inject CurrentUser me;

  public void logout() throws IOException, ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    // An agent who leaves ends the assisted session: nobody may act for the person afterwards.
    mandate.mandate().ifPresent(m -> mandates.endByAgent(me.require(), m.getPublicId()));
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    request.logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/index.xhtml?loggedOut=1");
  }
}
