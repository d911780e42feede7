package fr.paris.teleservices.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paris.teleservices.portal.catalog.documents.AttachedDocument;
import fr.paris.teleservices.portal.catalog.documents.Completeness;
import fr.paris.teleservices.portal.catalog.documents.CompletenessChecker;
import fr.paris.teleservices.portal.catalog.documents.PieceCheck;
import fr.paris.teleservices.portal.catalog.documents.RequirementCheck;
import fr.paris.teleservices.portal.catalog.documents.RequirementStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which pieces are still missing, and exactly what to add. */
class CompletenessTest {

  static final Catalog CATALOG = ShippedCatalogTest.CATALOG;
  static final LocalDate SUBMISSION = LocalDate.of(2025, 3, 10);
  static final LocalDate LAST_YEAR = LocalDate.of(2024, 6, 1);

  static RequirementCheck check(String procedureId, String requirementId, List<AttachedDocument> documents) {
    Procedure procedure = CATALOG.get(procedureId);
    return CompletenessChecker.check(procedure.requirement(requirementId).orElseThrow(), SUBMISSION, documents);
  }

  static List<AttachedDocument> times(int count, AttachedDocument document) {
    return new ArrayList<>(Collections.nCopies(count, document));
  }

  static List<AttachedDocument> concat(List<AttachedDocument> a, List<AttachedDocument> b) {
    List<AttachedDocument> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  static final AttachedDocument RENT_RECEIPT = AttachedDocument.issued("RENT_RECEIPT", LAST_YEAR);
  static final AttachedDocument BILL = AttachedDocument.issued("UTILITY_BILL", LAST_YEAR);
  static final AttachedDocument TAX_NOTICE = AttachedDocument.issued("TAX_NOTICE", LAST_YEAR);

  static String french(String procedureId, RequirementCheck check) {
    return CatalogTexts.of("fr").missing(CATALOG.get(procedureId), check, SUBMISSION);
  }

  @Test
  void twoRentReceiptsAndThreeBillsLackOneRentReceipt() {
    RequirementCheck check =
        check("paris-solidarite", "residence", concat(times(2, RENT_RECEIPT), times(3, BILL)));
    assertThat(check.status()).isEqualTo(RequirementStatus.MISSING);
    assertThat(check.alternative()).isEqualTo(1);
    assertThat(check.missingPieces()).hasSize(1);
    PieceCheck missing = check.missingPieces().get(0);
    assertThat(missing.piece().documentType()).isEqualTo("RENT_RECEIPT");
    assertThat(missing.missing()).isEqualTo(1);
    assertThat(french("paris-solidarite", check))
        .isEqualTo(
            "La preuve que vous habitez à Paris depuis 3 ans (un papier par an, à votre adresse à Paris) :"
                + " il manque 1 quittance de loyer des 5 dernières années.");
  }

  @Test
  void theClosestAlternativeIsTheOneNeedingFewestDocumentsThenTheFirstListed() {
    RequirementCheck nothing = check("paris-solidarite", "residence", List.of());
    assertThat(nothing.alternative()).isZero();
    assertThat(nothing.missingPieces()).extracting(PieceCheck::missing).containsExactly(3);
    RequirementCheck twoNotices = check("paris-solidarite", "residence", times(2, TAX_NOTICE));
    assertThat(twoNotices.alternative()).isZero();
    assertThat(twoNotices.missingPieces()).extracting(PieceCheck::missing).containsExactly(1);
    // One missing either way: the first alternative listed wins.
    RequirementCheck tie =
        check(
            "paris-solidarite",
            "residence",
            concat(times(2, TAX_NOTICE), concat(times(2, RENT_RECEIPT), times(3, BILL))));
    assertThat(tie.alternative()).isZero();
    RequirementCheck complete =
        check("paris-solidarite", "residence", concat(times(3, RENT_RECEIPT), times(3, BILL)));
    assertThat(complete.status()).isEqualTo(RequirementStatus.SATISFIED);
    assertThat(complete.alternative()).isEqualTo(1);
  }

  @Test
  void anExpiredResidencePermitIsReportedAsExpired() {
    AttachedDocument expired = AttachedDocument.expiring("RESIDENCE_PERMIT", SUBMISSION.minusDays(1));
    RequirementCheck check = check("paris-solidarite", "identity", List.of(expired));
    assertThat(check.status()).isEqualTo(RequirementStatus.EXPIRED);
    assertThat(check.alternative()).isEqualTo(1);
    assertThat(check.missingPieces().get(0).outOfDate()).containsExactly(expired);
    assertThat(french("paris-solidarite", check))
        .endsWith("votre document n’est plus valable. Ajoutez 1 titre de séjour en cours de validité.");
    AttachedDocument valid = AttachedDocument.expiring("RESIDENCE_PERMIT", SUBMISSION);
    assertThat(check("paris-solidarite", "identity", List.of(valid)).status())
        .isEqualTo(RequirementStatus.SATISFIED);
  }

  @Test
  void anExpiredIdentityCardIsAccepted() {
    AttachedDocument card = AttachedDocument.expiring("IDENTITY", LocalDate.of(2019, 1, 1));
    assertThat(check("paris-solidarite", "identity", List.of(card)).status())
        .isEqualTo(RequirementStatus.SATISFIED);
  }

  @Test
  void oldReceiptsAreOutOfDate() {
    AttachedDocument old = AttachedDocument.issued("RENT_RECEIPT", SUBMISSION.minusYears(6));
    RequirementCheck check =
        check("paris-solidarite", "residence", concat(times(2, RENT_RECEIPT), concat(List.of(old), times(3, BILL))));
    assertThat(check.status()).isEqualTo(RequirementStatus.EXPIRED);
    assertThat(check.missingPieces().get(0).outOfDate()).containsExactly(old);
  }

  @Test
  void theTaxNoticeMustBeOnTheIncomeOfOneOfTheLastTwoYears() {
    assertThat(check("paris-solidarite", "income", List.of(AttachedDocument.taxNotice(2024))).status())
        .isEqualTo(RequirementStatus.SATISFIED);
    assertThat(check("paris-solidarite", "income", List.of(AttachedDocument.taxNotice(2023))).status())
        .isEqualTo(RequirementStatus.SATISFIED);
    RequirementCheck tooOld = check("paris-solidarite", "income", List.of(AttachedDocument.taxNotice(2022)));
    assertThat(tooOld.status()).isEqualTo(RequirementStatus.EXPIRED);
    assertThat(french("paris-solidarite", tooOld))
        .endsWith("Ajoutez 1 avis d’imposition sur les revenus de 2024 (ou de 2023).");
    // Without an income year, the year of issue tells it: a notice issued in 2024 is on 2023 income.
    assertThat(check("paris-solidarite", "income", List.of(TAX_NOTICE)).status())
        .isEqualTo(RequirementStatus.SATISFIED);
  }

  @Test
  void aFullFileIsCompleteAndADocumentMayServeTwoRequirements() {
    List<AttachedDocument> documents =
        concat(
            times(3, TAX_NOTICE),
            List.of(AttachedDocument.of("IDENTITY"), AttachedDocument.of("BANK_DETAILS")));
    Completeness completeness =
        CompletenessChecker.check(CATALOG.get("paris-solidarite"), SUBMISSION, documents);
    assertThat(completeness.complete()).isTrue();
    assertThat(completeness.requirements())
        .filteredOn(r -> r.requirement().id().equals("disability-benefit"))
        .extracting(RequirementCheck::status)
        .containsExactly(RequirementStatus.OPTIONAL_NOT_PROVIDED);
    Completeness missingBank =
        CompletenessChecker.check(CATALOG.get("paris-solidarite"), SUBMISSION, documents.subList(0, 4));
    assertThat(missingBank.complete()).isFalse();
    assertThat(missingBank.blocking()).extracting(r -> r.requirement().id()).containsExactly("bank-details");
  }

  @Test
  void aDomiciliationWithoutAnyDocumentIsComplete() {
    Completeness completeness =
        CompletenessChecker.check(CATALOG.get("domiciliation"), SUBMISSION, List.of());
    assertThat(completeness.complete()).isTrue();
    assertThat(completeness.requirements())
        .extracting(RequirementCheck::status)
        .containsOnly(RequirementStatus.OPTIONAL_NOT_PROVIDED);
  }
}
