package fr.paris.teleservices.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A malformed entry stops the loading with a message naming the file and the field. */
class MalformedCatalogTest {

  static final String FILE = "catalog/test-aid.yaml";

  static final String VALID =
      """
      id: test-aid
      kind: AID
      officialName: Aide test
      instructingStructure: EPS
      revealsHealth: false
      nature: MONTHLY
      rules: {source: "Règlement municipal", date: 2024-02-01, reliability: VERIFIED}
      papersRules: {source: "Liste de pièces", reliability: DATED}
      figures:
        ceiling: 1000
      fields:
        - {id: monthlyResources, type: MONEY, min: 0, prefill: monthlyResources}
      eligibility:
        allOf:
          - minYearsInParis: {years: 3}
          - maxMonthlyResources:
              - {ceiling: ceiling}
      requirements:
        - id: identity
          anyOf:
            - [{documentType: IDENTITY}]
        - id: residence
          anyOf:
            - [{documentType: TAX_NOTICE, count: 3}]
            - [{documentType: RENT_RECEIPT, count: 3}, {documentType: UTILITY_BILL, count: 3}]
      """;

  /** Every text exists, without placeholders, except the keys listed. */
  static CatalogLoader loaderWithoutTexts(Set<String> missing) {
    return new CatalogLoader(
        MalformedCatalogTest.class.getClassLoader(), key -> missing.contains(key) ? null : "Texte");
  }

  static Catalog load(String yaml) {
    return loaderWithoutTexts(Set.of()).fromSources(Map.of(FILE, yaml));
  }

  static void assertFails(String yaml, String message) {
    assertThatThrownBy(() -> load(yaml))
        .isInstanceOf(CatalogException.class)
        .hasMessage(message);
  }

  @Test
  void theValidEntryLoads() {
    assertThat(load(VALID).get("test-aid").requirements()).hasSize(2);
  }

  @Test
  void unknownDocumentType() {
    assertFails(
        VALID.replace("documentType: TAX_NOTICE", "documentType: PASSPORT"),
        FILE + ": requirements[1].anyOf[0][0].documentType: unknown document type 'PASSPORT'");
    assertFails(
        VALID.replace("documentType: UTILITY_BILL", "documentType: PASSPORT"),
        FILE + ": requirements[1].anyOf[1][1].documentType: unknown document type 'PASSPORT'");
  }

  @Test
  void duplicateIds() {
    Map<String, String> sources = new LinkedHashMap<>();
    sources.put(FILE, VALID);
    sources.put("catalog/other/test-aid.yaml", VALID);
    assertThatThrownBy(() -> loaderWithoutTexts(Set.of()).fromSources(sources))
        .hasMessage(
            "catalog/other/test-aid.yaml: id: duplicate id 'test-aid' (also in " + FILE + ")");
  }

  @Test
  void duplicateRequirementIds() {
    assertFails(
        VALID.replace("- id: residence", "- id: identity"),
        FILE + ": requirements[1].id: duplicate requirement id 'identity'");
  }

  @Test
  void missingFrenchText() {
    assertThatThrownBy(
            () ->
                loaderWithoutTexts(Set.of("catalog.test-aid.audience"))
                    .fromSources(Map.of(FILE, VALID)))
        .hasMessage(FILE + ": id: no French text 'catalog.test-aid.audience' in i18n/catalog_fr.properties");
    assertThatThrownBy(
            () ->
                loaderWithoutTexts(Set.of("catalog.test-aid.papers.residence", "catalog.papers.residence"))
                    .fromSources(Map.of(FILE, VALID)))
        .hasMessage(FILE + ": requirements[1].id: no French text 'catalog.papers.residence' in i18n/catalog_fr.properties");
  }

  @Test
  void aTextUsingAnUndeclaredFigure() {
    CatalogLoader loader =
        new CatalogLoader(
            getClass().getClassLoader(),
            key -> key.endsWith(".amount") ? "{amount, number} € par mois" : "Texte");
    assertThatThrownBy(() -> loader.fromSources(Map.of(FILE, VALID)))
        .hasMessage(FILE + ": figures: text catalog.test-aid.amount uses [amount], not declared as figures");
  }

  @Test
  void unknownConditionKind() {
    assertFails(
        VALID.replace("minYearsInParis: {years: 3}", "livesOnTheMoon: true"),
        FILE + ": eligibility.allOf[0].livesOnTheMoon: unknown condition kind 'livesOnTheMoon' (expected one of "
            + String.join(", ", ConditionReader.KINDS) + ")");
  }

  @Test
  void negativeAmount() {
    assertFails(
        VALID.replace("ceiling: 1000", "ceiling: -5"),
        FILE + ": figures.ceiling: negative amount -5 (must be at least 0)");
  }

  @Test
  void unknownFigure() {
    assertFails(
        VALID.replace("{ceiling: ceiling}", "{ceiling: ceilingSingle}"),
        FILE + ": eligibility.allOf[1].maxMonthlyResources[0].ceiling: unknown figure 'ceilingSingle' (declare it under figures)");
  }

  @Test
  void unknownPrefillAnswer() {
    assertThatThrownBy(() -> load(VALID.replace("prefill: monthlyResources", "prefill: salary")))
        .hasMessageStartingWith(FILE + ": fields[0].prefill: unknown prefill answer 'salary' (expected one of age, household");
    assertFails(
        VALID.replace("prefill: monthlyResources", "prefill: age"),
        FILE + ": fields[0].prefill: answer 'age' is INTEGER, the field is MONEY");
  }

  @Test
  void misspeltOrMissingFields() {
    assertThatThrownBy(() -> load(VALID.replace("requirements:", "requirement:")))
        .hasMessageStartingWith(FILE + ": requirement: unknown field 'requirement'");
    assertFails(VALID.replace("revealsHealth: false\n", ""), FILE + ": revealsHealth: missing");
    assertThatThrownBy(() -> load(VALID.replace("kind: AID", "kind: ALLOWANCE")))
        .hasMessageStartingWith(FILE + ": kind: unknown value 'ALLOWANCE' (expected one of AID, DOMICILIATION)");
    assertFails(
        VALID.replace("count: 3}]\n", "count: 0}]\n"),
        FILE + ": requirements[1].anyOf[0][0].count: count 0 (must be at least 1)");
  }

  @Test
  void malformedYamlOrWrongFileName() {
    assertThatThrownBy(() -> load(VALID.replace("figures:\n  ceiling: 1000", "figures: [1000")))
        .hasMessageStartingWith(FILE + ": malformed YAML at line");
    assertThatThrownBy(
            () -> loaderWithoutTexts(Set.of()).fromSources(Map.of("catalog/other-name.yaml", VALID)))
        .hasMessage("catalog/other-name.yaml: id: the file of procedure 'test-aid' must be named test-aid.yaml");
  }

  @Test
  void aDomiciliationCannotRequireAnIdentityDocument() {
    String domiciliation =
        VALID.replace("id: test-aid", "id: test-dom")
            .replace("kind: AID", "kind: DOMICILIATION")
            .replace("instructingStructure: EPS", "instructingStructure: DOMICILIATION");
    assertThatThrownBy(
            () -> loaderWithoutTexts(Set.of()).fromSources(Map.of("catalog/test-dom.yaml", domiciliation)))
        .hasMessage(
            "catalog/test-dom.yaml: requirements[0]: an identity document cannot be required for a domiciliation: mark it optional: true");
    String optional =
        domiciliation.replace("  - id: identity\n", "  - id: identity\n    optional: true\n");
    assertThat(
            loaderWithoutTexts(Set.of())
                .fromSources(Map.of("catalog/test-dom.yaml", optional))
                .get("test-dom")
                .requirements()
                .get(0)
                .optional())
        .isTrue();
  }

  @Test
  void anIndexListingAMissingFile() {
    assertThatThrownBy(() -> loaderWithoutTexts(Set.of()).loadIndex("catalog/no-such-index.yaml"))
        .isInstanceOf(CatalogException.class)
        .hasMessage("no such resource catalog/no-such-index.yaml");
  }
}
