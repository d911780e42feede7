package fr.paris.teleservices.portal.dossier;

import fr.paris.teleservices.portal.catalog.CatalogService;
import fr.paris.teleservices.portal.catalog.documents.AttachedDocument;
import fr.paris.teleservices.portal.catalog.documents.CompletenessChecker;
import fr.paris.teleservices.portal.catalog.documents.RequirementCheck;
import fr.paris.teleservices.portal.catalog.documents.RequirementStatus;
import fr.paris.teleservices.portal.vault.VaultActors;
import fr.paris.teleservices.portal.vault.VaultSetup;
import fr.paris.teleservices.vault.document.DocumentSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Completeness from the catalog's requirements and the attached documents' facts as the vault
 * holds them (type, issue and expiry dates). A document the usager deleted from their vault no
 * longer counts.
 */
@ApplicationScoped
public class CatalogCompleteness implements Completeness {

  @Inject CatalogService catalog;
  @Inject VaultSetup vault;

  @Override
  public Check check(Dossier dossier, List<DossierPiece> pieces, LocalDate on) {
    return checkDetailed(dossier, pieces, on).summary();
  }

  /** The catalog's full answer: per requirement, what is there and what is missing. */
  public Detailed checkDetailed(Dossier dossier, List<DossierPiece> pieces, LocalDate on) {
    Map<String, DocumentSummary> owned =
        vault.vault().documents(VaultActors.usager(dossier.getUsager())).stream()
            .collect(Collectors.toMap(DocumentSummary::id, Function.identity()));
    List<AttachedDocument> attached = new ArrayList<>();
    for (DossierPiece piece : pieces) {
      DocumentSummary doc = owned.get(piece.getDocumentId());
      if (doc != null) {
        attached.add(new AttachedDocument(doc.id(), doc.type().name(), doc.issueDate(), doc.expiryDate(), null));
      }
    }
    var result =
        CompletenessChecker.check(catalog.catalog().get(dossier.getProcedureId()), on, attached);
    return new Detailed(result.requirements());
  }

  /** Per requirement of the procedure, its state. */
  public record Detailed(List<RequirementCheck> requirements) {
    public Check summary() {
      List<String> received = new ArrayList<>();
      List<String> missing = new ArrayList<>();
      for (RequirementCheck r : requirements) {
        if (r.status() == RequirementStatus.SATISFIED) {
          received.add(r.requirement().id());
        } else if (r.status() != RequirementStatus.OPTIONAL_NOT_PROVIDED) {
          missing.add(r.requirement().id());
        }
      }
      return new Check(received, missing);
    }
  }
}
