package fr.paris.teleservices.portal.mandate;

import fr.paris.teleservices.portal.security.CurrentUser;
import fr.paris.teleservices.portal.web.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;

/**
 * The banner on every page while an agent acts for a usager: for whom, until when, what the mandate
 * allows, and a button to end it.
 */
@Named
@RequestScoped
public class ActingBanner {

  @Inject ActiveMandate active;
  @Inject CurrentUser me;
  @Inject MandateService mandates;
  @Inject Page page;

  public boolean isShown() {
    return me.is("AGENT") && active.mandate().isPresent();
  }

  public String getUsagerName() {
    return active.mandate().map(m -> m.getUsager().getDisplayName()).orElse("");
  }

  public Instant getEndsAt() {
    return active.mandate().map(Mandate::getExpiresAt).orElse(null);
  }

  public boolean allows(String scope) {
    return active.allows(Scope.valueOf(scope));
  }

  /** The agent ends the session: the mandate ends at once and the agent is back on their home page. */
  public void end() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    active.mandate().ifPresent(m -> mandates.endByAgent(me.require(), m.getPublicId()));
    AssistedVisit.leave(((HttpServletRequest) external.getRequest()).getSession(false));
    page.flash("assisted.done.ended");
    external.redirect(external.getRequestContextPath() + "/agent/index.xhtml");
  }
}
