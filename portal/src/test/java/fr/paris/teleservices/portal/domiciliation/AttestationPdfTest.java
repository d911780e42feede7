package fr.paris.teleservices.portal.domiciliation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paris.teleservices.i18n.Languages;
import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.account.Role;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The attestation carries the Cerfa's information (structure, person, address to use, number,
 * validity) in French, the text administrations read; a holder who reads another language gets a
 * translation after it, marked as such.
 */
class AttestationPdfTest {

  private final Domiciliation domiciliation = domiciliation();
  private final Attestation attestation = attestation(domiciliation);
  private final DomiciliationAddress address =
      new DomiciliationAddress("Moussa Traoré", "Paris Adresse", "DOM-000042", "5 boulevard Diderot", "75012", "Paris",
          attestation.getValidUntil());

  @Test
  void theAttestationNamesThePersonTheAddressTheNumberAndTheValidity() throws Exception {
    String text = text(AttestationPdf.render(domiciliation, attestation, address, "Paris Adresse — domiciliation",
        Languages.reference()));

    assertThat(text)
        .contains("Attestation d’élection de domicile", "16030*01", "ED-2026-000042-1", "DOM-000042", "Traoré",
            "5 boulevard Diderot", "15 mars 2026", "14 mars 2027", "Fait à Paris")
        .doesNotContain("Ceci est une traduction");
  }

  @Test
  void anArabicReaderGetsTheFrenchAttestationThenATranslation() throws Exception {
    String text = text(AttestationPdf.render(domiciliation, attestation, address, "Paris Adresse — domiciliation",
        Languages.byCode("ar").orElseThrow()));

    assertThat(text).contains("Attestation d’élection de domicile", "14 mars 2027", "Personne domiciliée");
    int french = text.indexOf("Personne domiciliée");
    int arabic = text.indexOf("لمساعدتك على قراءة هذه الشهادة");
    assertThat(arabic).as("the translation comes after the French text").isGreaterThan(french);
    assertThat(text.substring(arabic)).contains("هذه ترجمة", "رقم الشهادة", "ED-2026-000042-1", "DOM-000042");
  }

  private static String text(byte[] pdf) throws Exception {
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  private static Domiciliation domiciliation() {
    Account usager = new Account(Role.USAGER, "Moussa", "hash", "fr", Instant.now());
    Domiciliation domiciliation =
        new Domiciliation(
            usager,
            null,
            new DomiciliationRequest(
                "Traoré", "Moussa", LocalDate.of(1990, 5, 4), "Bamako", CommuneLink.STAYING, null, null, false, "fr",
                null, null),
            Instant.now());
    domiciliation.numbered("DOM-000042");
    return domiciliation;
  }

  private static Attestation attestation(Domiciliation domiciliation) {
    LocalDate from = LocalDate.of(2026, 3, 15);
    return new Attestation(domiciliation, "ED-2026-000042-1", from, DomiciliationRules.validUntil(from), false,
        "Nadia Haddad", from.atStartOfDay(DomiciliationRules.PARIS).toInstant());
  }
}
