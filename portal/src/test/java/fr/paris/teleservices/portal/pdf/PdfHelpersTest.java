package fr.paris.teleservices.portal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paris.teleservices.i18n.Direction;
import fr.paris.teleservices.portal.pdf.PdfTestSupport.Glyph;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PdfHelpersTest {

  @Test
  void ltrWrapsInAnIsolate() {
    assertThat(Pdf.ltr("2026-000123")).isEqualTo("\u20662026-000123\u2069");
    assertThat(Pdf.rtl("فاطمة")).isEqualTo("\u2067فاطمة\u2069");
    assertThat(Pdf.ltr(null)).isNull();
  }

  @Test
  void bidiControlsAndZeroWidthCharactersAreNeverDrawn() {
    String text =
        Pdf.ltr("2026-000123")
            + " \u200E\u200F\u202A\u202C\u00AD\u200B\u2060\uFEFF "
            + Pdf.rtl("مرحبا");
    byte[] pdf = PdfDocument.a4("fr", Direction.LTR).paragraph(text).toBytes();

    List<Glyph> glyphs = PdfTestSupport.glyphs(pdf, 0);
    assertThat(glyphs).noneMatch(g -> g.code() == 0); // no .notdef box
    // 11 characters of the number, 5 letters, the page number "1 / 1" and the spaces.
    assertThat(glyphs.stream().filter(g -> !" ".equals(g.unicode())).count()).isEqualTo(11 + 5 + 3);
  }

  @Test
  void emptyTextLineBreaksAndControlCharactersAreLaidOut() {
    byte[] pdf =
        PdfDocument.a4("ar", Direction.RTL)
            .title("")
            .paragraph("سطر أول\nسطر ثان\r\nسطر ثالث\u2029سطر رابع\u001Cبلا فاصل")
            .fields(List.of(new PdfField("", "")))
            .bulletList(List.of())
            .note("\t")
            .spacer()
            .toBytes();

    String text = PdfTestSupport.text(pdf);
    assertThat(text).contains("سطر أول").contains("سطر ثالث").contains("سطر رابعبلا فاصل");
    assertThat(PdfTestSupport.glyphs(pdf, 0)).noneMatch(g -> g.code() == 0);
  }

  @Test
  void longWordsAreCutToFitTheLine() {
    String address =
        "une.adresse.electronique.vraiment.tres.longue.pour.une.seule.ligne@exemple.paris.fr";
    byte[] pdf = PdfDocument.a4("fr", Direction.LTR).paragraph(address + " " + address).toBytes();
    float right = PageComposer.PAGE_WIDTH - PageComposer.END_MARGIN;
    assertThat(PdfTestSupport.glyphs(pdf, 0)).allSatisfy(g -> assertThat(g.x()).isLessThan(right));
    assertThat(PdfTestSupport.text(pdf).replaceAll("\\s", "")).contains(address + address);
  }

  @Test
  void documentsAreRenderedConcurrently() throws Exception {
    List<LanguageSamples.Sample> samples = LanguageSamples.ALL;
    List<String> expected = samples.stream().map(s -> PdfTestSupport.text(letter(s))).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> futures =
          IntStream.range(0, samples.size())
              .mapToObj(i -> pool.submit(() -> PdfTestSupport.text(letter(samples.get(i)))))
              .toList();
      for (int i = 0; i < samples.size(); i++) {
        assertThat(futures.get(i).get()).as(samples.get(i).tag()).isEqualTo(expected.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static byte[] letter(LanguageSamples.Sample sample) {
    return PdfDocument.a4(sample.tag(), sample.direction())
        .title(sample.sentence())
        .paragraph(sample.sentence() + " " + Pdf.ltr("2026-000123"))
        .toBytes();
  }
}
