package fr.paris.teleservices.portal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paris.teleservices.i18n.Direction;
import fr.paris.teleservices.portal.pdf.LanguageSamples.Sample;
import fr.paris.teleservices.portal.pdf.PdfTestSupport.Glyph;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every script of the 24 languages is drawn: no .notdef box anywhere. */
class AllLanguagesPdfTest {

  @Test
  void chineseSubsetCoversASentence() {
    String sentence = "您的申请已收到。请携带身份证件和住址证明到社会服务中心办理。";
    sentence
        .codePoints()
        .forEach(cp -> assertThat(FontFace.CJK.canDisplay(cp)).as("U+%04X", cp).isTrue());

    byte[] pdf = PdfDocument.a4("zh-Hans", Direction.LTR).paragraph(sentence).toBytes();

    List<Glyph> glyphs = PdfTestSupport.glyphs(pdf, 0);
    assertThat(glyphs).hasSizeGreaterThanOrEqualTo(sentence.length());
    assertThat(glyphs).noneMatch(glyph -> glyph.code() == 0);
    assertThat(PdfTestSupport.text(pdf)).contains("您的申请已收到。");
  }

  @Test
  void oneLinePerLanguageWithoutMissingGlyphs() {
    PdfDocument document =
        PdfDocument.a4("fr", Direction.LTR).title("Votre demande a bien été reçue.");
    for (Sample sample : LanguageSamples.ALL) {
      document.paragraph(sample.name() + " : " + sample.sentence(), sample.direction());
    }

    // In the layout: no glyph 0 from any shipped font.
    List<GlyphRun> runs = new ArrayList<>();
    document
        .layout()
        .forEach(
            page ->
                page.lines()
                    .forEach(
                        drawn -> drawn.line().runs().forEach(placed -> runs.add(placed.run()))));
    assertThat(runs)
        .allSatisfy(
            run ->
                assertThat(run.glyphs()).as("%s in %s", run.text(), run.face()).doesNotContain(0));

    // In the PDF: CID 0 is .notdef in every embedded subset.
    byte[] pdf = document.toBytes();
    PdfTestSupport.keep("test-all-languages", pdf);
    assertThat(PdfTestSupport.glyphs(pdf, 0)).noneMatch(glyph -> glyph.code() == 0);
    String text = PdfTestSupport.text(pdf);
    for (Sample sample : LanguageSamples.ALL) {
      if (sample.direction() == Direction.LTR) {
        assertThat(text).as(sample.tag()).contains(sample.sentence());
      }
    }
  }

  static Stream<Sample> samples() {
    return LanguageSamples.ALL.stream();
  }

  /** A letter per language, kept in target/pdf-samples for people to look at. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sampleLetter(Sample sample) throws Exception {
    byte[] pdf =
        PdfDocument.a4(sample.tag(), sample.direction())
            .title(sample.sentence())
            .heading(sample.name())
            .paragraph(
                sample.sentence()
                    + " "
                    + Pdf.ltr("N° 2026-000123")
                    + " — "
                    + Pdf.ltr("+33 1 23 45 67 89")
                    + " — "
                    + Pdf.ltr("usager.demo@example.org")
                    + ". "
                    + sample.sentence()
                    + " "
                    + sample.sentence())
            .fields(
                List.of(
                    new PdfField("Numéro de la demande", Pdf.ltr("2026-000123")),
                    new PdfField(sample.name(), sample.sentence()),
                    new PdfField("Téléphone", Pdf.ltr("+33 1 23 45 67 89"))))
            .bulletList(List.of(sample.sentence(), sample.sentence() + " " + sample.sentence()))
            .note("Votre demande a bien été reçue. Seul le texte français fait foi.", Direction.LTR)
            .footer("Ville de Paris — " + sample.sentence())
            .toBytes();
    PdfTestSupport.keep(sample.tag(), pdf);

    assertThat(PdfTestSupport.glyphs(pdf, 0)).noneMatch(glyph -> glyph.code() == 0);
    assertThat(PdfTestSupport.fonts(pdf))
        .allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
    try (PDDocument document = PdfTestSupport.load(pdf)) {
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(sample.tag());
    }
  }
}
