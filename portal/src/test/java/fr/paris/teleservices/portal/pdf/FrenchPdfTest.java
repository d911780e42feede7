package fr.paris.teleservices.portal.pdf;

import static fr.paris.teleservices.portal.pdf.PdfTestSupport.fonts;
import static fr.paris.teleservices.portal.pdf.PdfTestSupport.load;
import static fr.paris.teleservices.portal.pdf.PdfTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;

import fr.paris.teleservices.i18n.Direction;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FrenchPdfTest {

  static byte[] pdf;

  static byte[] frenchLetter() {
    return PdfDocument.a4("fr", Direction.LTR)
        .title("Accusé de réception de votre demande")
        .paragraph(
            "Votre demande d’aide a bien été reçue le 12 mars 2026. Elle sera étudiée par le"
                + " service social de votre arrondissement ; vous serez prévenu(e) à chaque étape.")
        .fields(
            List.of(
                new PdfField("Numéro de la demande", Pdf.ltr("2026-000123")),
                new PdfField("Demandeur", "Éloïse Lefèvre-Nguyễn"),
                new PdfField("Téléphone", Pdf.ltr("+33 1 23 45 67 89")),
                new PdfField("Courriel", Pdf.ltr("eloise.lefevre@example.org"))))
        .heading("Pièces justificatives à fournir")
        .bulletList(
            List.of(
                "Une pièce d’identité en cours de validité ;",
                "Un justificatif de domicile de moins de trois mois (œuvre, cœur, Noël)."))
        .note(
            "Ce courrier ne vaut pas décision. Conservez-le : il prouve le dépôt de votre demande.")
        .footer("Ville de Paris — Direction des solidarités")
        .toBytes();
  }

  @BeforeAll
  static void render() {
    pdf = frenchLetter();
    PdfTestSupport.keep("test-fr", pdf);
  }

  @Test
  void extractedTextIsTheFrenchTextWithItsAccents() {
    String text = text(pdf);

    assertThat(text)
        .contains("Accusé de réception de votre demande")
        .contains("Votre demande d’aide a bien été reçue le 12 mars 2026.")
        .contains("vous serez prévenu(e) à chaque étape.")
        .contains("Éloïse Lefèvre-Nguyễn")
        .contains("2026-000123")
        .contains("+33 1 23 45 67 89")
        .contains("eloise.lefevre@example.org")
        // "fi" is drawn as a ligature glyph: the ToUnicode map must still give both letters.
        .contains("Pièces justificatives à fournir")
        .contains("œuvre, cœur, Noël")
        .contains("1 / 1");
    // The isolates of Pdf.ltr are not text anyone should get back.
    assertThat(text).doesNotContain("\u2066").doesNotContain("\u2069");
  }

  @Test
  void everyFontIsEmbeddedAsASubset() {
    List<PDFont> fonts = fonts(pdf);

    assertThat(fonts).isNotEmpty();
    assertThat(fonts).allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
    assertThat(fonts).allSatisfy(font -> assertThat(font).isInstanceOf(PDType0Font.class));
    assertThat(fonts)
        .extracting(PDFont::getName)
        .allSatisfy(name -> assertThat(name).matches("[A-Z]{6}\\+Noto.*"));
    assertThat(pdf.length).as("subsets, not whole 500 KB fonts").isLessThan(60_000);
  }

  @Test
  void catalogSaysFrenchAndTheTitle() {
    try (PDDocument document = load(pdf)) {
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr");
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo("Accusé de réception de votre demande");
      assertThat(document.getNumberOfPages()).isEqualTo(1);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void looksLikeTheGoldenImage() {
    PdfTestSupport.assertMatchesGolden("fr", pdf);
  }
}
