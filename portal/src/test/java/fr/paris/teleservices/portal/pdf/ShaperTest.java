package fr.paris.teleservices.portal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.font.GlyphVector;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The shaper against the naive mapping (one glyph per character, through the cmap). */
class ShaperTest {

  @Test
  void arabicLettersTakeTheirJoiningForms() {
    GlyphRun run = shape("مرحبا", FontFace.NASKH, true);
    int[] naive = cmap("مرحبا", FontFace.NASKH);

    // Visual order: the last letter (alef) comes first.
    int[] logical = reversed(run.glyphs());
    assertThat(logical).hasSize(5);
    for (int i = 0; i < 5; i++) {
      assertThat(logical[i]).as("letter %d", i).isNotEqualTo(naive[i]);
    }
    assertThat(run.glyphText()).containsExactly("ا", "ب", "ح", "ر", "م");
  }

  @Test
  void lamAlefTakesItsLigatureForm() {
    // Noto Naskh Arabic draws lam-alef with two glyphs made for each other, the alef inside the
    // lam (same origin): neither is the lam of "لم" nor the final alef of "با".
    GlyphRun lamAlef = shape("لا", FontFace.NASKH, true);
    GlyphRun lamMeem = shape("لم", FontFace.NASKH, true);
    GlyphRun behAlef = shape("با", FontFace.NASKH, true);

    assertThat(lamAlef.glyphText()).containsExactly("ا", "ل");
    assertThat(lamAlef.glyphs()[1]).isNotEqualTo(lamMeem.glyphs()[1]); // the lam
    assertThat(lamAlef.glyphs()[0]).isNotEqualTo(behAlef.glyphs()[0]); // the alef
    assertThat(lamAlef.x()[0]).isEqualTo(lamAlef.x()[1]);
  }

  @Test
  void tamilVowelSignIsReordered() {
    GlyphRun run = shape(TamilPdfTest.KO, FontFace.TAMIL, false);
    int[] naive = cmap(TamilPdfTest.KO, FontFace.TAMIL);

    assertThat(naive).hasSize(2);
    assertThat(run.glyphs()).hasSize(3).isNotEqualTo(naive);
    assertThat(run.glyphs()[0]).isEqualTo(cmap("\u0BC6", FontFace.TAMIL)[0]); // E sign first
    assertThat(run.glyphs()[1]).isEqualTo(naive[0]); // then KA
    assertThat(run.glyphs()[2]).isEqualTo(cmap("\u0BBE", FontFace.TAMIL)[0]); // then AA sign
  }

  @Test
  void tamilConjunctIsOneGlyph() {
    GlyphRun run = shape(TamilPdfTest.KSSA, FontFace.TAMIL, false);
    assertThat(cmap(TamilPdfTest.KSSA, FontFace.TAMIL)).hasSize(3);
    assertThat(run.glyphs()).hasSize(1);
    assertThat(run.glyphText()).containsExactly(TamilPdfTest.KSSA);
  }

  @Test
  void bengaliVowelSignIBeforeItsConsonant() {
    // কি = KA + I sign, drawn I sign first.
    GlyphRun run = shape("কি", FontFace.BENGALI, false);
    int[] naive = cmap("কি", FontFace.BENGALI);
    assertThat(run.glyphs()).containsExactly(naive[1], naive[0]);
  }

  @Test
  void joinersAreNotDrawn() {
    // Persian "می‌خواهم" keeps its ZWNJ (it stops the joining) but draws no glyph for it.
    String text = "می\u200Cخواهم";
    GlyphRun run = shape(text, FontFace.NASKH, true);
    assertThat(run.glyphs()).hasSize(text.length() - 1).doesNotContain(0);
  }

  private static GlyphRun shape(String text, FontFace face, boolean rtl) {
    char[] chars = text.toCharArray();
    return Shaper.shape(chars, 0, chars.length, face, rtl);
  }

  private static int[] cmap(String text, FontFace face) {
    GlyphVector vector = face.awt().createGlyphVector(FontFace.FRC, text);
    return vector.getGlyphCodes(0, vector.getNumGlyphs(), null);
  }

  private static int[] reversed(int[] glyphs) {
    int[] result = Arrays.copyOf(glyphs, glyphs.length);
    for (int i = 0; i < result.length / 2; i++) {
      int t = result[i];
      result[i] = result[result.length - 1 - i];
      result[result.length - 1 - i] = t;
    }
    return result;
  }
}
