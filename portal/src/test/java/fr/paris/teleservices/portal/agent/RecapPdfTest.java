package fr.paris.teleservices.portal.agent;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paris.teleservices.i18n.Messages;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The recap sheet as a PDF, in the person's language, with what they need to come back alone. */
class RecapPdfTest {

  private static final Recap RECAP =
      new Recap(
          "Moussa Traoré",
          "PA-7K3M-Q9",
          null,
          null,
          "K7M3-Q9TA-4HCX",
          "teleservices.paris.fr",
          List.of(new Recap.Request("Paris Solidarité", "2026-000123", "Incomplète", "2 mars 2026", List.of("Un RIB"))),
          null);

  @Test
  void theSheetGivesTheIdentifierTheRecoveryCodeTheRequestsAndWhatIsMissing() throws Exception {
    String text = text(RecapPdfServlet.render(RECAP, Messages.of("fr")));
    assertThat(text).contains("Fiche récapitulative", "PA-7K3M-Q9", "K7M3-Q9TA-4HCX", "2026-000123", "Un RIB", "teleservices.paris.fr");
  }

  @Test
  void theSheetIsWrittenInArabicForAnArabicSpeaker() throws Exception {
    byte[] pdf = RecapPdfServlet.render(RECAP, Messages.of("ar"));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("ar");
      assertThat(new PDFTextStripper().getText(document)).contains("PA-7K3M-Q9");
    }
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
