package fr.paris.teleservices.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paris.teleservices.portal.catalog.eligibility.Answers;
import fr.paris.teleservices.portal.catalog.eligibility.Assessment;
import fr.paris.teleservices.portal.catalog.eligibility.Disability;
import fr.paris.teleservices.portal.catalog.eligibility.EligibilityEvaluator;
import fr.paris.teleservices.portal.catalog.eligibility.Household;
import fr.paris.teleservices.portal.catalog.eligibility.Housing;
import fr.paris.teleservices.portal.catalog.eligibility.Outcome;
import fr.paris.teleservices.portal.catalog.eligibility.Prefill;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "Suis-je éligible ?" against the shipped catalog, on cases taken from the catalog facts. */
class EligibilityTest {

  static final Catalog CATALOG = ShippedCatalogTest.CATALOG;
  static final String REASON = "catalog.eligibility.reason.";

  static Assessment assess(String procedureId, Answers answers) {
    return EligibilityEvaluator.assess(CATALOG.get(procedureId), answers);
  }

  static String french(Assessment assessment) {
    return CatalogTexts.of("fr").reason(assessment).replace('\u202f', ' ').replace('\u00a0', ' ');
  }

  /** A 70-year-old living alone in Paris for 4 years, no disability. */
  static Answers.Builder senior() {
    return Answers.builder()
        .age(70)
        .household(Household.SINGLE)
        .children(0)
        .yearsInParis(4)
        .disability(Disability.NONE)
        .housing(Housing.TENANT);
  }

  @Test
  void parisSolidariteForASeniorUnderTheCeiling() {
    Assessment assessment = assess("paris-solidarite", senior().monthlyResources(1000).build());
    assertThat(assessment.outcome()).isEqualTo(Outcome.LIKELY);
    assertThat(assessment.reason().key()).isEqualTo(REASON + "likely.EPS");
    assertThat(assessment.papers()).extracting(r -> r.id()).contains("identity", "residence", "income");
  }

  @Test
  void parisSolidariteAboveTheCeilingNamesIt() {
    Assessment assessment = assess("paris-solidarite", senior().monthlyResources(1500).build());
    assertThat(assessment.outcome()).isEqualTo(Outcome.UNLIKELY);
    assertThat(assessment.reason().key()).isEqualTo(REASON + "resources.aboveFor");
    assertThat(assessment.reason().args()).containsEntry("ceiling", 1129).containsEntry("resources", 1500);
    assertThat(french(assessment))
        .isEqualTo(
            "Vos ressources par mois (1 500 €) sont au-dessus du plafond (1 129 €) pour une personne seule.");
  }

  @Test
  void anUnansweredDisabilityMattersOnlyWhenItCouldChangeTheCeiling() {
    Answers above = senior().disability(null).monthlyResources(1500).build();
    assertThat(assess("paris-solidarite", above).outcome()).isEqualTo(Outcome.UNLIKELY);
    // 1 140 € is above the seniors' 1 129 € but under the disabled adults' 1 144 €.
    Answers between = senior().disability(null).monthlyResources(1140).build();
    Assessment assessment = assess("paris-solidarite", between);
    assertThat(assessment.outcome()).isEqualTo(Outcome.TO_CHECK);
    assertThat(assessment.reason().key()).isEqualTo(REASON + "resources.depends");
    Answers disabled = senior().disability(Disability.RECOGNISED).monthlyResources(1140).build();
    assertThat(assess("paris-solidarite", disabled).outcome()).isEqualTo(Outcome.LIKELY);
  }

  @Test
  void parisSolidariteWithTooFewYearsInParis() {
    Assessment assessment =
        assess("paris-solidarite", senior().yearsInParis(2).monthlyResources(1000).build());
    assertThat(assessment.outcome()).isEqualTo(Outcome.UNLIKELY);
    assertThat(assessment.reason().key()).isEqualTo(REASON + "residence.short");
    assertThat(french(assessment))
        .isEqualTo("Il faut habiter à Paris depuis au moins 3 ans. Vous y habitez depuis 2 ans.");
  }

  @Test
  void missingResourcesAreToCheckNeverUnlikely() {
    Assessment assessment = assess("paris-solidarite", senior().build());
    assertThat(assessment.outcome()).isEqualTo(Outcome.TO_CHECK);
    assertThat(assessment.reason().key()).isEqualTo(REASON + "resources.missing");
    for (Procedure procedure : CATALOG.procedures()) {
      assertThat(EligibilityEvaluator.assess(procedure, Answers.NONE).outcome())
          .as(procedure.id())
          .isEqualTo(Outcome.TO_CHECK);
    }
  }

  @Test
  void aYoungDisabledAdultIsToldAboutAgeOnlyWhenNotDisabled() {
    Answers young = senior().age(40).monthlyResources(900).build();
    Assessment assessment = assess("paris-solidarite", young);
    assertThat(assessment.outcome()).isEqualTo(Outcome.UNLIKELY);
    assertThat(assessment.reason().key()).isEqualTo(REASON + "senior.tooYoung");
    Answers disabled = senior().age(40).disability(Disability.RECOGNISED).monthlyResources(900).build();
    assertThat(assess("paris-solidarite", disabled).outcome()).isEqualTo(Outcome.LIKELY);
    Answers between = senior().age(62).monthlyResources(900).build();
    assertThat(assess("paris-solidarite", between).reason().key()).isEqualTo(REASON + "senior.inaptitude");
  }

  @Test
  void aLoneParentTenantUnderTheCeilingMayHaveParisLogementFamillesMonoparentales() {
    Answers loneParent =
        Answers.builder()
            .age(35)
            .household(Household.SINGLE)
            .children(1)
            .disabledChildren(0)
            .housing(Housing.TENANT)
            .monthlyResources(1200)
            .yearsInParis(5)
            .build();
    assertThat(assess("paris-logement-familles-monoparentales", loneParent).outcome())
        .isEqualTo(Outcome.LIKELY);
    Answers couple =
        Answers.builder()
            .household(Household.COUPLE)
            .children(1)
            .housing(Housing.TENANT)
            .monthlyResources(1200)
            .yearsInParis(5)
            .build();
    Assessment assessment = assess("paris-logement-familles-monoparentales", couple);
    assertThat(assessment.outcome()).isEqualTo(Outcome.UNLIKELY);
    assertThat(assessment.reason().key()).isEqualTo(REASON + "singleParent.no");
  }

  @Test
  void theYoungParisiansFundIsFrom18To25AndAssessedByTheMissionLocale() {
    Assessment thirty = assess("fonds-aide-jeunes-parisiens", Answers.builder().age(30).build());
    assertThat(thirty.outcome()).isEqualTo(Outcome.UNLIKELY);
    assertThat(thirty.reason().key()).isEqualTo(REASON + "age.tooOld");
    assertThat(french(thirty)).isEqualTo("Cette aide est pour les personnes de 25 ans au plus.");
    Assessment twenty = assess("fonds-aide-jeunes-parisiens", Answers.builder().age(20).build());
    assertThat(twenty.outcome()).isEqualTo(Outcome.TO_CHECK);
    assertThat(twenty.reason().key()).isEqualTo(REASON + "assessment.MISSION_LOCALE");
    assertThat(assess("fonds-aide-jeunes-parisiens", Answers.builder().age(17).build()).outcome())
        .isEqualTo(Outcome.UNLIKELY);
  }

  static Answers.Builder largeFamily() {
    return Answers.builder()
        .household(Household.COUPLE)
        .children(3)
        .disabledChildren(0)
        .yearsInParis(6)
        .housing(Housing.TENANT)
        .paysEnergyCosts(true);
  }

  @Test
  void aFamilyWithThreeChildrenMayHaveParisEnergieFamilles() {
    assertThat(assess("paris-energie-familles", largeFamily().monthlyResources(2800).build()).outcome())
        .isEqualTo(Outcome.LIKELY);
    // Its ceilings date from 2015: above them is "to check", not "probably not".
    Assessment above = assess("paris-energie-familles", largeFamily().monthlyResources(6000).build());
    assertThat(above.outcome()).isEqualTo(Outcome.TO_CHECK);
    assertThat(above.reason().key()).isEqualTo(REASON + "resources.indicative");
    Assessment noBills =
        assess("paris-energie-familles", largeFamily().paysEnergyCosts(false).monthlyResources(2800).build());
    assertThat(noBills.outcome()).isEqualTo(Outcome.UNLIKELY);
    assertThat(noBills.reason().key()).isEqualTo(REASON + "energy.no");
  }

  @Test
  void parisLogementFamillesCeilingDependsOnTheChildren() {
    Answers twoChildren = largeFamily().children(2).monthlyResources(2500).build();
    Assessment assessment = assess("paris-logement-familles", twoChildren);
    assertThat(assessment.outcome()).isEqualTo(Outcome.UNLIKELY);
    assertThat(french(assessment)).endsWith("plafond (2 000 €) pour un couple avec 2 enfants.");
    Answers withDisabledChild = largeFamily().children(2).disabledChildren(1).monthlyResources(2500).build();
    assertThat(assess("paris-logement-familles", withDisabledChild).outcome()).isEqualTo(Outcome.LIKELY);
  }

  @Test
  void thePassParisSeniorsIsNotForHomelessPeople() {
    Answers homeless = senior().housing(Housing.HOMELESS).incomeTax(0).yearsInParis(10).build();
    Assessment assessment = assess("pass-paris-seniors", homeless);
    assertThat(assessment.outcome()).isEqualTo(Outcome.UNLIKELY);
    assertThat(assessment.reason().key()).isEqualTo(REASON + "housing.excluded.HOMELESS");
    assertThat(assess("pass-paris-seniors", senior().incomeTax(0).build()).outcome())
        .isEqualTo(Outcome.LIKELY);
  }

  @Test
  void thePassIncomeTaxCeilingAndItsRenewalCeiling() {
    assertThat(assess("pass-paris-seniors", senior().incomeTax(2028).build()).outcome())
        .isEqualTo(Outcome.LIKELY);
    Assessment renewal = assess("pass-paris-seniors", senior().incomeTax(2200).build());
    assertThat(renewal.outcome()).isEqualTo(Outcome.TO_CHECK);
    assertThat(renewal.reason().key()).isEqualTo(REASON + "incomeTax.renewal");
    assertThat(assess("pass-paris-seniors", senior().incomeTax(3000).build()).outcome())
        .isEqualTo(Outcome.UNLIKELY);
  }

  @Test
  void parisLogementAcceptsOneYearForACoupleWithAChildMovedByTheEmployer() {
    Answers.Builder couple =
        Answers.builder()
            .household(Household.COUPLE)
            .children(1)
            .housing(Housing.TENANT)
            .monthlyResources(1500)
            .monthlyHousingCost(600)
            .yearsInParis(1);
    assertThat(assess("paris-logement", couple.movedByEmployer(true).build()).outcome())
        .isEqualTo(Outcome.LIKELY);
    Assessment notMoved = assess("paris-logement", couple.movedByEmployer(null).build());
    assertThat(notMoved.outcome()).isEqualTo(Outcome.UNLIKELY);
    assertThat(notMoved.reason().key()).isEqualTo(REASON + "residence.shortUnlessMoved");
    Assessment cheapRent =
        assess("paris-logement", couple.yearsInParis(4).monthlyHousingCost(300).build());
    assertThat(cheapRent.outcome()).isEqualTo(Outcome.UNLIKELY);
    assertThat(cheapRent.reason().key()).isEqualTo(REASON + "effortRate.low");
  }

  @Test
  void theExceptionalAllowanceIsAlwaysAssessedByASocialWorker() {
    Assessment assessment = assess("allocation-exceptionnelle", senior().monthlyResources(5000).build());
    assertThat(assessment.outcome()).isEqualTo(Outcome.TO_CHECK);
    assertThat(assessment.reason().key()).isEqualTo(REASON + "assessment.EPS");
  }

  @Test
  void domiciliationIsForPeopleWithoutAStableHome() {
    assertThat(assess("domiciliation", Answers.builder().housing(Housing.HOMELESS).build()).outcome())
        .isEqualTo(Outcome.LIKELY);
    assertThat(assess("domiciliation", Answers.builder().housing(Housing.TENANT).build()).outcome())
        .isEqualTo(Outcome.UNLIKELY);
  }

  @Test
  void aspehNeedsAChildWithAeehOrAah() {
    Answers parent = largeFamily().children(1).disabledChildren(1).monthlyResources(3000).build();
    assertThat(assess("aspeh", parent).outcome()).isEqualTo(Outcome.LIKELY);
    Answers noChild = largeFamily().children(0).disabledChildren(null).monthlyResources(3000).build();
    assertThat(assess("aspeh", noChild).outcome()).isEqualTo(Outcome.UNLIKELY);
  }

  @Test
  void theAnswersPrefillTheRequestForm() {
    Answers answers = senior().monthlyResources(1000).build();
    Map<String, Object> values = Prefill.values(CATALOG.get("paris-solidarite"), answers);
    assertThat(values).containsEntry("household", "SINGLE").containsEntry("monthlyResources", 1000);
    assertThat(values).doesNotContainKey("applyingAs");
    // A HOMELESS answer is not an option of Paris Logement Familles' housing field.
    Map<String, Object> family =
        Prefill.values(CATALOG.get("paris-logement-familles"), largeFamily().housing(Housing.HOMELESS).build());
    assertThat(family).containsEntry("children", 3).doesNotContainKey("housing");
  }
}
