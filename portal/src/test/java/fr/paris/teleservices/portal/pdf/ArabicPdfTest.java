package fr.paris.teleservices.portal.pdf;

import static fr.paris.teleservices.portal.pdf.PdfTestSupport.glyphs;
import static fr.paris.teleservices.portal.pdf.PdfTestSupport.inkBox;
import static fr.paris.teleservices.portal.pdf.PdfTestSupport.linesOf;
import static fr.paris.teleservices.portal.pdf.PdfTestSupport.pixels;
import static fr.paris.teleservices.portal.pdf.PdfTestSupport.visual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.paris.teleservices.i18n.Direction;
import fr.paris.teleservices.portal.pdf.PdfTestSupport.Glyph;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArabicPdfTest {

  static final String HELLO = "مرحبا";
  static final String HELLO_ISOLATED = "م ر ح ب ا";
  static final float RIGHT_MARGIN = PageComposer.PAGE_WIDTH - PageComposer.START_MARGIN;

  static byte[] pdf;
  static List<List<Glyph>> lines;

  static byte[] arabicLetter() {
    return PdfDocument.a4("ar", Direction.RTL)
        .title("إشعار باستلام طلبك")
        .paragraph(HELLO)
        .paragraph(HELLO_ISOLATED)
        .paragraph(
            "رقم طلبك هو "
                + Pdf.ltr("2026-000123")
                + " ويمكنك الاتصال بنا على الرقم "
                + Pdf.ltr("+33 1 23 45 67 89")
                + " أو عبر البريد الإلكتروني "
                + Pdf.ltr("solidarites@paris.fr")
                + ".")
        .paragraph("هاتف +33 1 23 45 67 89") // no isolate: the bidi algorithm reorders it
        .fields(
            List.of(
                new PdfField("رقم الطلب", Pdf.ltr("2026-000123")),
                new PdfField("الاسم", "فاطمة الزهراء"),
                new PdfField("الهاتف", Pdf.ltr("+33 1 23 45 67 89"))))
        .bulletList(List.of("بطاقة الهوية", "إثبات السكن (فاتورة لا يزيد عمرها عن ثلاثة أشهر)"))
        .note("Votre demande a bien été reçue. Seul le texte français fait foi.", Direction.LTR)
        .footer("مدينة باريس — مديرية التضامن")
        .toBytes();
  }

  @BeforeAll
  static void render() {
    pdf = arabicLetter();
    PdfTestSupport.keep("test-ar", pdf);
    lines = linesOf(glyphs(pdf, 0));
  }

  @Test
  void lettersAreJoinedNotIsolated() {
    List<Glyph> joined = line(HELLO);
    List<Glyph> isolated = line(HELLO_ISOLATED);

    // The ToUnicode map names each joined form after its letter, so both lines read the same
    // letters; the glyphs drawn must differ: initial/medial/final forms, not the isolated ones.
    assertThat(joined).hasSize(5);
    for (int i = 0; i < HELLO.length(); i++) {
      String letter = HELLO.substring(i, i + 1);
      int joinedCode = codeOf(joined, letter);
      int isolatedCode = codeOf(isolated, letter);
      assertThat(joinedCode).as("glyph of %s in %s", letter, HELLO).isNotEqualTo(isolatedCode);
    }
    // Right to left: the first letter (meem) is the rightmost glyph.
    assertThat(joined.get(joined.size() - 1).unicode()).isEqualTo("م");
  }

  @Test
  void numbersPhoneAndEmailStayLeftToRight() {
    List<Glyph> line =
        lines.stream().filter(l -> visual(l).contains("2026")).findFirst().orElseThrow();
    String visual = visual(line);

    // The paragraph starts "رقم طلبك هو 2026-000123": on a right-to-left line its first words
    // are on the right (their letters, read left to right, are reversed), the number, digits in
    // their own order, immediately on their left.
    assertThat(visual).contains("2026-000123" + "وه" + "كبلط" + "مقر");
    String all = lines.stream().map(PdfTestSupport::visual).reduce("", String::concat);
    assertThat(all).contains("+33123456789").contains("solidarites@paris.fr");
  }

  @Test
  void withoutAnIsolateThePhoneNumberIsReordered() {
    // The control for the test above: the bidi algorithm alone puts "+33" on the right of the
    // groups of a phone number in Arabic text — what Pdf.ltr is for.
    List<Glyph> line =
        lines.stream().filter(l -> visual(l).contains("فتاه")).findFirst().orElseThrow();
    assertThat(visual(line)).doesNotContain("+33123456789").contains("896745231");
  }

  @Test
  void textIsAlignedOnTheRightMargin() {
    List<Glyph> hello = line(HELLO);
    float right = hello.stream().map(g -> g.x() + g.width()).reduce(Float::max).orElseThrow();
    float left = hello.stream().map(Glyph::x).reduce(Float::min).orElseThrow();
    assertThat(right).isCloseTo(RIGHT_MARGIN, within(1.5f));
    assertThat(left).isGreaterThan(PageComposer.PAGE_WIDTH / 2);

    // Ink of the whole page above the footer: it ends at the right margin, the wide one.
    BufferedImage page = PdfTestSupport.render(pdf, 0);
    int[] box = inkBox(page, 0, (int) pixels(PageComposer.PAGE_HEIGHT - 120));
    assertThat((float) box[2]).isCloseTo(pixels(RIGHT_MARGIN), within(4f));

    // The French note, left to right, starts from the left margin.
    List<Glyph> note =
        lines.stream().filter(l -> visual(l).startsWith("Votre")).findFirst().orElseThrow();
    assertThat(note.get(0).x()).isCloseTo(PageComposer.END_MARGIN, within(1f));
  }

  @Test
  void extractedTextIsLogicalArabic() {
    assertThat(PdfTestSupport.text(pdf))
        .contains("إشعار باستلام طلبك")
        .contains(HELLO)
        .contains("فاطمة الزهراء")
        .contains("Seul le texte français fait foi.");
  }

  @Test
  void catalogIsArabicAndReadsRightToLeft() throws Exception {
    try (PDDocument document = PdfTestSupport.load(pdf)) {
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("ar");
      assertThat(document.getDocumentCatalog().getViewerPreferences().getReadingDirection())
          .isEqualTo("R2L");
    }
  }

  @Test
  void looksLikeTheGoldenImage() {
    PdfTestSupport.assertMatchesGolden("ar", pdf);
  }

  /** The line whose glyphs, left to right, read {@code text} backwards (spaces included). */
  private static List<Glyph> line(String text) {
    String reversed = new StringBuilder(text).reverse().toString();
    Optional<List<Glyph>> line =
        lines.stream()
            .filter(l -> l.stream().map(Glyph::unicode).reduce("", String::concat).equals(reversed))
            .findFirst();
    assertThat(line).as("a line reading %s", text).isPresent();
    return line.get();
  }

  private static int codeOf(List<Glyph> line, String letter) {
    return line.stream()
        .filter(g -> letter.equals(g.unicode()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no glyph for " + letter))
        .code();
  }
}
