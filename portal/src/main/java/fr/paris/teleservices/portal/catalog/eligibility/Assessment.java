package fr.paris.teleservices.portal.catalog.eligibility;

import fr.paris.teleservices.portal.catalog.Procedure;
import fr.paris.teleservices.portal.catalog.Text;
import fr.paris.teleservices.portal.catalog.documents.DocumentRequirement;
import java.util.List;

/**
 * The questionnaire's answer for one procedure.
 *
 * @param reason one sentence saying why
 * @param papers the supporting documents to prepare, in the catalog's order (optional ones too)
 */
public record Assessment(
    Procedure procedure, Outcome outcome, Text reason, List<DocumentRequirement> papers) {

  public Assessment {
    papers = List.copyOf(papers);
  }
}
