package fr.paris.teleservices.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.NumberFormat;
import fr.paris.teleservices.i18n.Language;
import fr.paris.teleservices.i18n.Languages;
import fr.paris.teleservices.portal.catalog.documents.AttachedDocument;
import fr.paris.teleservices.portal.catalog.documents.CompletenessChecker;
import fr.paris.teleservices.portal.catalog.documents.RequirementCheck;
import fr.paris.teleservices.portal.catalog.documents.RequirementStatus;
import fr.paris.teleservices.portal.catalog.eligibility.Answers;
import fr.paris.teleservices.portal.catalog.eligibility.Assessment;
import fr.paris.teleservices.portal.catalog.eligibility.Disability;
import fr.paris.teleservices.portal.catalog.eligibility.EligibilityEvaluator;
import fr.paris.teleservices.portal.catalog.eligibility.Household;
import fr.paris.teleservices.portal.catalog.eligibility.Housing;
import fr.paris.teleservices.portal.catalog.eligibility.Outcome;
import fr.paris.teleservices.portal.catalog.eligibility.Question;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every text of the catalog renders in every language, with the right plural forms. */
class CatalogTextsTest {

  static final Catalog CATALOG = ShippedCatalogTest.CATALOG;
  static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

  /** Answer sets that, together, reach every reason of the evaluator. */
  static final List<Answers> PROFILES =
      List.of(
          Answers.NONE,
          Answers.builder().age(70).household(Household.SINGLE).children(0).yearsInParis(4)
              .disability(Disability.NONE).housing(Housing.TENANT).monthlyResources(1500)
              .monthlyHousingCost(100).incomeTax(5000).paysEnergyCosts(false).build(),
          Answers.builder().age(62).household(Household.COUPLE).children(2).disabledChildren(0)
              .yearsInParis(0).disability(Disability.UNSURE).housing(Housing.HOMELESS)
              .monthlyResources(9000).incomeTax(2200).build(),
          Answers.builder().age(40).household(Household.SINGLE).children(3).yearsInParis(1)
              .disability(Disability.NONE).housing(Housing.HOTEL).monthlyResources(1140).build(),
          Answers.builder().age(30).household(Household.COUPLE).children(1).disabledChildren(1)
              .yearsInParis(10).disability(Disability.RECOGNISED).housing(Housing.SHELTER)
              .monthlyResources(800).monthlyHousingCost(500).incomeTax(0).paysEnergyCosts(true).build(),
          Answers.builder().age(20).housing(Housing.OWNER).build(),
          Answers.builder().age(66).yearsInParis(5).housing(Housing.TENANT).incomeTax(2200).build(),
          Answers.builder().housing(Housing.HOSTED).build());

  static void assertRendered(String text, String what) {
    assertThat(text).as(what).isNotBlank().doesNotContain("???");
  }

  @Test
  void everyProcedureTextRendersInEveryLanguage() {
    for (Language language : Languages.all()) {
      CatalogTexts texts = new CatalogTexts(fr.paris.teleservices.i18n.Messages.of(language));
      for (Procedure procedure : CATALOG.procedures()) {
        String what = language.code() + " " + procedure.id();
        assertRendered(texts.name(procedure), what);
        assertRendered(texts.audience(procedure), what);
        assertRendered(texts.conditions(procedure), what);
        assertRendered(texts.amount(procedure), what);
        assertRendered(texts.structure(procedure), what);
        assertRendered(texts.rules(procedure), what);
        assertRendered(texts.papersSource(procedure), what);
        texts.papers(procedure, TODAY).forEach(line -> assertRendered(line, what));
        for (FormField field : procedure.fields()) {
          assertRendered(texts.fieldLabel(field), what);
          field.options().forEach(o -> assertRendered(texts.fieldOption(field, o), what));
        }
        for (RequirementCheck check :
            CompletenessChecker.check(procedure, TODAY, List.of(AttachedDocument.expiring("RESIDENCE_PERMIT", TODAY.minusDays(1)))).requirements()) {
          if (check.status() != RequirementStatus.SATISFIED) {
            assertRendered(texts.missing(procedure, check, TODAY), what + " " + check.requirement().id());
          }
          assertRendered(texts.status(check.status()), what);
        }
        assertRendered(texts.reason(EligibilityEvaluator.assess(procedure, Answers.NONE)), what);
      }
    }
  }

  @Test
  void everyReasonRendersInEveryLanguage() {
    Set<String> keys = new HashSet<>();
    for (Language language : Languages.all()) {
      CatalogTexts texts = CatalogTexts.of(language.code());
      for (Answers answers : PROFILES) {
        for (Assessment assessment : EligibilityEvaluator.assessAll(CATALOG.procedures(), answers)) {
          keys.add(assessment.reason().key());
          assertRendered(texts.reason(assessment), language.code() + " " + assessment.reason());
          assertRendered(texts.outcome(assessment.outcome()), language.code());
        }
      }
    }
    // The profiles do reach the reasons that carry arguments.
    assertThat(keys)
        .contains(
            "catalog.eligibility.reason.resources.aboveFor",
            "catalog.eligibility.reason.residence.short",
            "catalog.eligibility.reason.incomeTax.renewal",
            "catalog.eligibility.reason.age.tooOld",
            "catalog.eligibility.reason.effortRate.low");
  }

  @Test
  void everyQuestionRendersInEveryLanguage() {
    for (Language language : Languages.all()) {
      CatalogTexts texts = CatalogTexts.of(language.code());
      for (Question question : Question.values()) {
        assertRendered(texts.question(question), question.id());
        assertRendered(texts.hint(question), question.id());
        question.options().forEach(o -> assertRendered(texts.option(question, o), question.id()));
      }
      for (Outcome outcome : Outcome.values()) {
        assertRendered(texts.outcome(outcome), outcome.name());
      }
      assertRendered(texts.answer(null), "unknown");
      for (String type : DocumentTypes.ALL) {
        assertRendered(texts.documentType(type), type);
        assertRendered(texts.documents(type, 2), type);
      }
    }
  }

  @Test
  void arabicUsesItsPluralForms() {
    CatalogTexts arabic = CatalogTexts.of("ar");
    NumberFormat digits = NumberFormat.getInstance(arabic.language().uLocale());
    assertThat(arabic.documents("RENT_RECEIPT", 1)).isEqualTo("إيصال إيجار واحد");
    assertThat(arabic.documents("RENT_RECEIPT", 2)).isEqualTo("إيصالا إيجار");
    assertThat(arabic.documents("RENT_RECEIPT", 3)).isEqualTo(digits.format(3) + " إيصالات إيجار");
    assertThat(arabic.documents("RENT_RECEIPT", 11)).isEqualTo(digits.format(11) + " إيصالًا للإيجار");
    assertThat(arabic.documents("RENT_RECEIPT", 100)).isEqualTo(digits.format(100) + " إيصال إيجار");
    for (String type : DocumentTypes.ALL) {
      List<String> forms = new ArrayList<>();
      for (int count : new int[] {1, 2, 3, 100}) {
        forms.add(arabic.documents(type, count).replaceAll("[0-9\\u0660-\\u0669\\u066c]+", "#"));
      }
      assertThat(new HashSet<>(forms)).as(type).hasSize(4);
    }
  }

  @Test
  void frenchAndEnglishPlurals() {
    assertThat(CatalogTexts.of("fr").documents("RENT_RECEIPT", 1)).isEqualTo("1 quittance de loyer");
    assertThat(CatalogTexts.of("fr").documents("RENT_RECEIPT", 2)).isEqualTo("2 quittances de loyer");
    assertThat(CatalogTexts.of("en").documents("RENT_RECEIPT", 1)).isEqualTo("1 rent receipt");
    assertThat(CatalogTexts.of("en").documents("TAX_NOTICE", 3)).isEqualTo("3 tax notices");
  }

  @Test
  void thePapersListSetsAlternativesApart() {
    Procedure procedure = CATALOG.get("paris-solidarite");
    CatalogTexts french = CatalogTexts.of("fr");
    String residence = french.paper(procedure, procedure.requirement("residence").orElseThrow(), TODAY);
    assertThat(residence)
        .endsWith(
            " : 3 avis d’imposition des 5 dernières années ; ou bien 3 quittances de loyer des 5 dernières"
                + " années et 3 factures d’électricité, de gaz ou de téléphone des 5 dernières années");
    String identity = french.paper(procedure, procedure.requirement("identity").orElseThrow(), TODAY);
    assertThat(identity).endsWith(" : 1 pièce d’identité ou 1 titre de séjour en cours de validité");
    Procedure domiciliation = CATALOG.get("domiciliation");
    assertThat(french.paper(domiciliation, domiciliation.requirements().get(0), TODAY))
        .startsWith("Une pièce d’identité, si vous en avez une (facultatif) : ");
  }

  @Test
  void indicativeAmountsSaySo() {
    CatalogTexts french = CatalogTexts.of("fr");
    String note = fr.paris.teleservices.i18n.Messages.of("fr").get("catalog.indicative");
    assertThat(french.amount(CATALOG.get("paris-energie-familles"))).endsWith(note).contains("138");
    assertThat(french.amount(CATALOG.get("paris-logement"))).doesNotContain(note);
    assertThat(french.name(CATALOG.get("pass-paris-access"))).isEqualTo("Pass Paris Access’");
  }
}
