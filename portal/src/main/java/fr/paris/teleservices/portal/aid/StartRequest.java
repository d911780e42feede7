package fr.paris.teleservices.portal.aid;

import fr.paris.teleservices.portal.catalog.CatalogService;
import fr.paris.teleservices.portal.catalog.Procedure;
import fr.paris.teleservices.portal.catalog.ProcedureKind;
import fr.paris.teleservices.portal.mandate.ActiveMandate;
import fr.paris.teleservices.portal.mandate.Scope;
import fr.paris.teleservices.portal.catalog.eligibility.Answers;
import fr.paris.teleservices.portal.catalog.eligibility.Prefill;
import fr.paris.teleservices.portal.dossier.Acting;
import fr.paris.teleservices.portal.dossier.Dossier;
import fr.paris.teleservices.portal.dossier.DossierService;
import fr.paris.teleservices.portal.dossier.DossierState;
import fr.paris.teleservices.portal.web.NotFound;
import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Starting a request for one procedure: a new draft, prefilled with the eligibility answers when
 * the person comes from the questionnaire — or the draft they already have for it.
 */
@Named
@ViewScoped
public class StartRequest implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CatalogService catalog;
  @Inject DossierService dossiers;
  @Inject Acting acting;
  @Inject ActiveMandate mandate;

  private String procedureId;

  /** A domiciliation has its own request form and lifecycle: it never starts an aid request. */
  public void requireProcedure() throws IOException {
    if (procedure().kind() == ProcedureKind.DOMICILIATION) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + "/usager/domiciliation-request.xhtml");
    }
  }

  public Procedure procedure() {
    return catalog.catalog().find(procedureId == null ? "" : procedureId).orElseThrow(NotFound::new);
  }

  /** A draft the usager already has for this procedure, to continue rather than start again. */
  public Optional<Dossier> getExistingDraft() {
    return dossiers.ofUsager(acting.usager().getPublicId()).stream()
        .filter(d -> d.getState() == DossierState.DRAFT && d.getProcedureId().equals(procedureId))
        .findFirst();
  }

  public void start() throws IOException {
    if (acting.mandateId() != null && !mandate.allows(Scope.FILE_REQUESTS)) {
      throw new NotFound();
    }
    Procedure procedure = procedure();
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    Object pending = external.getSessionMap().remove(EligibilityPage.PENDING_ANSWERS);
    Map<String, String> answers = new LinkedHashMap<>();
    if (pending instanceof Answers eligibility) {
      Prefill.values(procedure, eligibility).forEach((k, v) -> answers.put(k, String.valueOf(v)));
    }
    Dossier draft = dossiers.startDraft(acting.actor(), acting.usager(), procedure.id(), answers);
    external.redirect(external.getRequestContextPath() + "/usager/demande.xhtml?id=" + draft.getPublicId());
  }


  public String getProcedureId() {
    return procedureId;
  }

  public void setProcedureId(String procedureId) {
    this.procedureId = procedureId;
  }
}
