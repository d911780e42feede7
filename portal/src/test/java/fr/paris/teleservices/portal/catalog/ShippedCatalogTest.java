package fr.paris.teleservices.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paris.teleservices.i18n.Bundles;
import fr.paris.teleservices.portal.catalog.documents.DocumentRequirement;
import fr.paris.teleservices.portal.catalog.documents.Piece;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The catalog shipped with the portal loads, is complete and says what the facts say. */
class ShippedCatalogTest {

  static final Catalog CATALOG = CatalogLoader.load();

  @Test
  void containsEveryAidOfTheIssueAndDomiciliation() {
    assertThat(CATALOG.procedures())
        .extracting(Procedure::id)
        .containsExactly(
            "paris-solidarite",
            "complement-sante-paris",
            "paris-logement",
            "paris-logement-familles",
            "paris-logement-familles-monoparentales",
            "paris-energie-familles",
            "aspeh",
            "pass-paris-seniors",
            "pass-paris-access",
            "fonds-aide-jeunes-parisiens",
            "allocation-exceptionnelle",
            "domiciliation");
    assertThat(CATALOG.aids()).hasSize(11).allMatch(p -> p.kind() == ProcedureKind.AID);
    assertThat(CATALOG.get("domiciliation").kind()).isEqualTo(ProcedureKind.DOMICILIATION);
    assertThat(CATALOG.get("domiciliation").instructingStructure())
        .isEqualTo(InstructingStructure.DOMICILIATION);
    assertThat(CATALOG.get("fonds-aide-jeunes-parisiens").instructingStructure())
        .isEqualTo(InstructingStructure.MISSION_LOCALE);
    assertThat(CATALOG.find("no-such-aid")).isEmpty();
  }

  @Test
  void onlyTheAidsWhoseNameRevealsHealthAreMarked() {
    assertThat(CATALOG.procedures().stream().filter(Procedure::revealsHealth).map(Procedure::id))
        .containsExactlyInAnyOrder("complement-sante-paris", "aspeh", "pass-paris-access");
  }

  @Test
  void everyEntryHasItsFrenchTexts() {
    Map<String, String> french = Bundles.family("catalog", "fr");
    for (Procedure procedure : CATALOG.procedures()) {
      for (String suffix : List.of("name", "audience", "conditions", "amount")) {
        assertThat(french).as(procedure.id()).containsKey(procedure.textKey(suffix));
      }
      for (DocumentRequirement requirement : procedure.requirements()) {
        assertThat(
                french.containsKey(procedure.textKey("papers." + requirement.id()))
                    || french.containsKey("catalog.papers." + requirement.id()))
            .as("%s papers %s", procedure.id(), requirement.id())
            .isTrue();
      }
    }
  }

  @Test
  void everyDocumentTypeIsKnownAndNamed() {
    Map<String, String> french = Bundles.family("catalog", "fr");
    for (String type : DocumentTypes.ALL) {
      assertThat(french).containsKeys("catalog.document.type." + type, "catalog.document.count." + type);
    }
    assertThat(
            CATALOG.procedures().stream()
                .flatMap(p -> p.requirements().stream())
                .flatMap(r -> r.anyOf().stream())
                .flatMap(List::stream)
                .map(Piece::documentType))
        .allMatch(DocumentTypes::isKnown);
  }

  @Test
  void aDomiciliationRequiresNoDocument() {
    assertThat(CATALOG.get("domiciliation").requirements()).allMatch(DocumentRequirement::optional);
  }

  @Test
  void figuresFromDatedSourcesAreIndicative() {
    assertThat(CATALOG.get("paris-energie-familles").figures().values()).allMatch(Figure::indicative);
    assertThat(CATALOG.get("aspeh").hasIndicativeFigures()).isTrue();
    assertThat(CATALOG.get("fonds-aide-jeunes-parisiens").hasIndicativeFigures()).isTrue();
    assertThat(CATALOG.get("paris-solidarite").hasIndicativeFigures()).isFalse();
    assertThat(CATALOG.get("paris-solidarite").rules().reliability()).isEqualTo(Reliability.VERIFIED);
    assertThat(CATALOG.get("fonds-aide-jeunes-parisiens").papersRules().reliability())
        .isEqualTo(Reliability.UNCERTAIN);
  }

  @Test
  void figuresAreTheOnesOfTheFacts() {
    assertThat(CATALOG.get("paris-solidarite").figures().get("seniorSingle").value()).isEqualTo(1129);
    assertThat(CATALOG.get("paris-solidarite").figures().get("disabledSingle").value()).isEqualTo(1144);
    assertThat(CATALOG.get("paris-logement").figures().get("ceilingWithoutChild").value()).isEqualTo(1400);
    assertThat(CATALOG.get("complement-sante-paris").figures().get("yearlyAmount").value()).isEqualTo(468);
    assertThat(CATALOG.get("pass-paris-seniors").figures().get("taxCeiling").value()).isEqualTo(2028);
    assertThat(CATALOG.get("fonds-aide-jeunes-parisiens").figures()).doesNotContainKey("drivingLicence");
    assertThat(CATALOG.get("fonds-aide-jeunes-parisiens").decisionValidityMonths()).isNull();
    assertThat(CATALOG.get("domiciliation").decisionValidityMonths()).isEqualTo(12);
  }
}
