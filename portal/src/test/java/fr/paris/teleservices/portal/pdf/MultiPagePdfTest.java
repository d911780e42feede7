package fr.paris.teleservices.portal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paris.teleservices.i18n.Direction;
import fr.paris.teleservices.portal.pdf.PdfTestSupport.Glyph;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class MultiPagePdfTest {

  @Test
  void twoHundredParagraphsMakeSeveralNumberedPages() throws Exception {
    PdfDocument document = PdfDocument.a4("fr", Direction.LTR).title("Récapitulatif");
    for (int i = 1; i <= 200; i++) {
      document.paragraph(
          "Paragraphe " + i + " : la demande a été examinée et complétée par l’agent.");
    }
    byte[] pdf = document.footer("Ville de Paris — récapitulatif agent").toBytes();

    int pages;
    try (PDDocument loaded = PdfTestSupport.load(pdf)) {
      pages = loaded.getNumberOfPages();
    }
    assertThat(pages).isGreaterThanOrEqualTo(3);
    for (int page = 1; page <= pages; page++) {
      assertThat(PdfTestSupport.text(pdf, page))
          .as("page %d", page)
          .contains(page + " / " + pages)
          .contains("Ville de Paris — récapitulatif agent");
    }
    String all = PdfTestSupport.text(pdf);
    assertThat(all).contains("Paragraphe 1 :").contains("Paragraphe 200 :");
    // Nothing lost or repeated across page breaks.
    for (int i = 1; i <= 200; i++) {
      assertThat(all.split("Paragraphe " + i + " :", -1)).as("paragraph %d", i).hasSize(2);
    }
  }

  @Test
  void rightToLeftPagesPutTheNumberOnTheLeft() {
    PdfDocument document = PdfDocument.a4("fa", Direction.RTL);
    for (int i = 0; i < 80; i++) {
      document.paragraph("درخواست شما با موفقیت دریافت شد و در حال بررسی است.");
    }
    byte[] pdf = document.footer("شهرداری پاریس").toBytes();

    List<Glyph> glyphs = PdfTestSupport.glyphs(pdf, 1);
    Glyph slash = glyphs.stream().filter(g -> "/".equals(g.unicode())).findFirst().orElseThrow();
    assertThat(slash.x()).isLessThan(PageComposer.PAGE_WIDTH / 4);
    // "2 / N" reads left to right.
    List<Glyph> footer =
        glyphs.stream()
            .filter(g -> Math.abs(g.y() - slash.y()) < 1 && g.x() < PageComposer.PAGE_WIDTH / 4)
            .sorted((a, b) -> Float.compare(a.x(), b.x()))
            .toList();
    assertThat(PdfTestSupport.visual(footer)).startsWith("2/");
  }
}
