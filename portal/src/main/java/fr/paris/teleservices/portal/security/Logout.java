package fr.paris.teleservices.portal.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Logging out ends the session on the server, not only in the browser. */
@Named
@RequestScoped
public class Logout {

  public void logout() throws IOException, ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    request.logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/index.xhtml?loggedOut=1");
  }
}
