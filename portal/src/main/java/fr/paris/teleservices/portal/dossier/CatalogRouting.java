package fr.paris.teleservices.portal.dossier;

import fr.paris.teleservices.portal.catalog.CatalogService;
import fr.paris.teleservices.portal.catalog.InstructingStructure;
import fr.paris.teleservices.portal.structure.Structure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The EPS of the arrondissement where the usager lives instructs the municipal aids; the Mission
 * Locale the Fonds d'aide aux jeunes; Paris Adresse the domiciliations.
 */
@ApplicationScoped
public class CatalogRouting implements Routing {

  /** The answer every EPS request asks: the arrondissement where the person lives (1 to 20). */
  public static final String ARRONDISSEMENT = "arrondissement";

  @Inject CatalogService catalog;

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Override
  public Structure instructingStructure(Dossier dossier) {
    InstructingStructure kind = catalog.catalog().get(dossier.getProcedureId()).instructingStructure();
    return switch (kind) {
      case MISSION_LOCALE -> byCode("MISSION-LOCALE");
      case DOMICILIATION -> byCode("PARIS-ADRESSE");
      case EPS -> eps(arrondissement(dossier));
    };
  }

  private Structure eps(int arrondissement) {
    return em.createQuery("SELECT s FROM Structure s WHERE s.kind = :k ORDER BY s.id", Structure.class)
        .setParameter("k", Structure.Kind.EPS)
        .getResultList()
        .stream()
        .filter(s -> s.covers(arrondissement))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No EPS covers arrondissement " + arrondissement));
  }

  private Structure byCode(String code) {
    return em.createQuery("SELECT s FROM Structure s WHERE s.code = :c", Structure.class)
        .setParameter("c", code)
        .getSingleResult();
  }

  private static int arrondissement(Dossier dossier) {
    String answer = dossier.getAnswers().get(ARRONDISSEMENT);
    try {
      int value = Integer.parseInt(answer == null ? "" : answer.trim());
      if (value >= 1 && value <= 20) {
        return value;
      }
    } catch (NumberFormatException notANumber) {
      // Falls through: the form requires a valid arrondissement before submission.
    }
    throw new IllegalStateException("A request to an EPS needs the usager's arrondissement");
  }
}
