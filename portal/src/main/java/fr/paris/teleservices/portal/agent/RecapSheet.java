package fr.paris.teleservices.portal.agent;

import fr.paris.teleservices.portal.mandate.ActiveMandate;
import fr.paris.teleservices.portal.mandate.AssistedVisit;
import fr.paris.teleservices.portal.mandate.Mandate;
import fr.paris.teleservices.portal.web.CurrentLanguage;
import fr.paris.teleservices.portal.web.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The recap sheet of a visit, for the person to take home: printed from the page (its print
 * stylesheet leaves only the sheet) or as a PDF in the person's language. Only under an active
 * mandate.
 */
@Named
@RequestScoped
public class RecapSheet {

  @Inject ActiveMandate active;
  @Inject Recaps recaps;
  @Inject CurrentLanguage language;
  @Inject HttpServletRequest request;

  private Recap recap;

  /** View action: no mandate, no sheet. */
  public void load() {
    getRecap();
  }

  public Recap getRecap() {
    if (recap == null) {
      Mandate mandate = active.mandate().orElseThrow(NotFound::new);
      var session = request.getSession(false);
      recap =
          recaps.of(
              mandate.getUsager(),
              AssistedVisit.secret(session, NewAccountPage.LOGIN_ID),
              AssistedVisit.secret(session, NewAccountPage.RECOVERY_CODE),
              language.messages());
    }
    return recap;
  }
}
