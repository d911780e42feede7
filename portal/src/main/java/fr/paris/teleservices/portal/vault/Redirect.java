package fr.paris.teleservices.portal.vault;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** The "redirect" of post/redirect/get: a reload after a change never repeats it. */
final class Redirect {

  private Redirect() {}

  /** Redirects to a path of the portal, e.g. {@code /usager/documents.xhtml}. */
  static void to(String path) throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + path);
  }
}
