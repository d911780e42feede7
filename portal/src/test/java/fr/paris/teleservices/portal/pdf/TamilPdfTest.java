package fr.paris.teleservices.portal.pdf;

import static fr.paris.teleservices.portal.pdf.PdfTestSupport.glyphs;
import static fr.paris.teleservices.portal.pdf.PdfTestSupport.linesOf;
import static org.assertj.core.api.Assertions.assertThat;

import fr.paris.teleservices.i18n.Direction;
import fr.paris.teleservices.portal.pdf.PdfTestSupport.Glyph;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TamilPdfTest {

  /** KA + O sign: the sign is written in two parts, one BEFORE the consonant. */
  static final String KO = "கொ";

  /** KA + virama + SSA: one conjunct glyph. */
  static final String KSSA = "க்ஷ";

  static byte[] pdf;
  static List<List<Glyph>> lines;

  static byte[] tamilLetter() {
    return PdfDocument.a4("ta", Direction.LTR)
        .title("உங்கள் கோரிக்கை பெறப்பட்டது")
        .paragraph(KO)
        .paragraph(KSSA)
        .paragraph(
            "உங்கள் கோரிக்கை எண் "
                + Pdf.ltr("2026-000123")
                + ". எங்களைத் தொடர்பு கொள்ள "
                + Pdf.ltr("+33 1 23 45 67 89")
                + " என்ற எண்ணை அழைக்கவும்.")
        .fields(
            List.of(
                new PdfField("கோரிக்கை எண்", Pdf.ltr("2026-000123")),
                new PdfField("பெயர்", "லக்ஷ்மி சுப்பிரமணியம்")))
        .bulletList(List.of("அடையாள அட்டை", "முகவரிச் சான்று"))
        .note("Votre demande a bien été reçue. Seul le texte français fait foi.")
        .footer("பாரிஸ் நகரம் — Ville de Paris")
        .toBytes();
  }

  @BeforeAll
  static void render() {
    pdf = tamilLetter();
    PdfTestSupport.keep("test-ta", pdf);
    lines = linesOf(glyphs(pdf, 0));
  }

  @Test
  void twoPartVowelSignIsSplitAroundItsConsonant() {
    // The cmap alone would draw KA then the O sign (2 glyphs). Shaped: E sign, KA, AA sign — the
    // E part stands LEFT of the consonant it follows in memory.
    List<Glyph> ko =
        lines.stream()
            .filter(l -> l.size() == 3 && visual(l).contains("க"))
            .findFirst()
            .orElseThrow();
    assertThat(visual(ko)).isEqualTo("ெகா");
  }

  @Test
  void conjunctIsOneGlyph() {
    // The cmap alone would draw 3 glyphs (KA, virama, SSA).
    assertThat(lines)
        .anySatisfy(
            line -> {
              assertThat(line).hasSize(1);
              assertThat(line.get(0).unicode()).isEqualTo(KSSA);
            });
  }

  @Test
  void numbersAreInOrderAndNothingIsMissing() {
    String all = lines.stream().map(PdfTestSupport::visual).reduce("", String::concat);
    assertThat(all).contains("2026-000123").contains("+33123456789");
    assertThat(lines.stream().flatMap(List::stream)).noneMatch(glyph -> glyph.code() == 0);
  }

  @Test
  void extractedTextIsLogicalTamil() {
    // ActualText spans give the text in memory order, whatever the glyph order.
    assertThat(PdfTestSupport.text(pdf))
        .contains("உங்கள் கோரிக்கை பெறப்பட்டது")
        .contains("லக்ஷ்மி சுப்பிரமணியம்");
  }

  @Test
  void looksLikeTheGoldenImage() {
    PdfTestSupport.assertMatchesGolden("ta", pdf);
  }

  private static String visual(List<Glyph> line) {
    return PdfTestSupport.visual(line);
  }
}
