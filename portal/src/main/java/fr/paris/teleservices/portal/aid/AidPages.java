package fr.paris.teleservices.portal.aid;

import fr.paris.teleservices.portal.catalog.CatalogService;
import fr.paris.teleservices.portal.catalog.CatalogTexts;
import fr.paris.teleservices.portal.catalog.Procedure;
import fr.paris.teleservices.portal.catalog.ProcedureKind;
import fr.paris.teleservices.portal.web.CurrentLanguage;
import fr.paris.teleservices.portal.web.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The public pages of the catalog, no account needed: the list of procedures and one page per
 * procedure in plain language ("Qui peut en bénéficier ? Quels papiers préparer ?").
 */
@Named("aids")
@RequestScoped
public class AidPages {

  @Inject CatalogService catalog;
  @Inject CurrentLanguage language;
  @Inject HttpServletRequest request;
  @Inject fr.paris.teleservices.portal.security.CurrentUser me;

  private CatalogTexts texts;

  public CatalogTexts getTexts() {
    if (texts == null) {
      texts = new CatalogTexts(language.messages());
    }
    return texts;
  }

  /** Every procedure: the aids first, then domiciliation. */
  public List<Procedure> getAll() {
    return catalog.catalog().procedures().stream()
        .sorted((a, b) -> Boolean.compare(a.kind() != ProcedureKind.AID, b.kind() != ProcedureKind.AID))
        .toList();
  }

  private Procedure current;

  /** View action of the procedure page: a 404 page when {@code ?id=} names nothing. */
  public void requireCurrent() {
    String id = request.getParameter("id");
    current = catalog.catalog().find(id == null ? "" : id).orElseThrow(NotFound::new);
  }

  public Procedure getCurrent() {
    if (current == null) {
      requireCurrent();
    }
    return current;
  }

  /** Where "Faire une demande" leads: the start page, through the login page for a visitor. */
  public String startUrl(Procedure procedure) {
    String start =
        procedure.kind() == ProcedureKind.DOMICILIATION
            ? "/usager/domiciliation-request.xhtml"
            : "/usager/start.xhtml?procedure=" + procedure.id();
    return me.isLoggedIn()
        ? start
        : "/login.xhtml?next=" + java.net.URLEncoder.encode(start, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The papers to prepare, as of today. */
  public List<String> papers(Procedure procedure) {
    return getTexts().papers(procedure, LocalDate.now(ZoneId.of("Europe/Paris")));
  }
}
