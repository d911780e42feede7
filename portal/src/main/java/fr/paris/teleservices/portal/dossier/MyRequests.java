package fr.paris.teleservices.portal.dossier;

import fr.paris.teleservices.portal.catalog.CatalogService;
import fr.paris.teleservices.portal.catalog.CatalogTexts;
import fr.paris.teleservices.portal.web.CurrentLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** "Mes démarches": every request of the usager, what is expected of them now, newest first. */
@Named
@RequestScoped
public class MyRequests {

  @Inject DossierService dossiers;
  @Inject CatalogService catalog;
  @Inject Acting acting;
  @Inject CurrentLanguage language;

  private List<Dossier> all;

  public List<Dossier> getAll() {
    if (all == null) {
      all = dossiers.ofUsager(acting.usager().getPublicId());
    }
    return all;
  }

  public String name(Dossier dossier) {
    return new CatalogTexts(language.messages()).name(catalog.catalog().get(dossier.getProcedureId()));
  }
}
