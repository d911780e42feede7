package fr.paris.teleservices.portal.pdf;

import java.awt.Font;
import java.awt.font.GlyphVector;
import java.util.Arrays;

/**
 * Shapes text with Java2D, i.e. with the HarfBuzz engine built into the JDK (headless, no native
 * library of ours).
 *
 * <p>Why: PDFBox's {@code showText} maps each code point to one glyph through the font's cmap. That
 * is right for French, wrong for Arabic (letters would stay in their isolated forms, no lam-alef)
 * and for Tamil or Bengali (no conjuncts, vowel signs not moved before their consonant). HarfBuzz
 * applies the font's OpenType GSUB/GPOS tables; we then write the glyph ids it chose, at the
 * positions it chose, straight into the PDF.
 */
final class Shaper {

  private static final int INVISIBLE_GLYPH = 0xFFFE; // Java2D's codes for "draw nothing" (and up)

  private Shaper() {}

  /**
   * Shapes {@code text[start, limit)} in {@code face}. The whole array is given to HarfBuzz as
   * context, so a word cut into two runs (two fonts, a line end) still joins across the cut.
   */
  static GlyphRun shape(char[] text, int start, int limit, FontFace face, boolean rtl) {
    Font font = face.awt();
    int flags = rtl ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT;
    GlyphVector vector = font.layoutGlyphVector(FontFace.FRC, text, start, limit, flags);
    int count = vector.getNumGlyphs();
    float[] positions = vector.getGlyphPositions(0, count + 1, null);

    int[] glyphs = new int[count];
    float[] xs = new float[count];
    float[] ys = new float[count];
    int[] clusters = new int[count];
    int kept = 0;
    for (int i = 0; i < count; i++) {
      int glyph = vector.getGlyphCode(i);
      int charIndex = start + vector.getGlyphCharIndex(i);
      // Joiners and variation selectors come back as a zero-width space glyph: drop them.
      if (glyph >= INVISIBLE_GLYPH || isJoinerOrSelector(text, charIndex)) {
        continue;
      }
      glyphs[kept] = glyph;
      xs[kept] = positions[2 * i];
      ys[kept] = -positions[2 * i + 1]; // Java2D's y grows downwards, PDF's upwards
      clusters[kept] = charIndex;
      kept++;
    }
    glyphs = Arrays.copyOf(glyphs, kept);
    xs = Arrays.copyOf(xs, kept);
    ys = Arrays.copyOf(ys, kept);
    clusters = Arrays.copyOf(clusters, kept);
    float advance = positions[2 * count];
    String logical = new String(text, start, limit - start);
    return new GlyphRun(
        face, glyphs, xs, ys, advance, logical, rtl, glyphTexts(text, start, limit, clusters));
  }

  /** Width of {@code text[start, limit)} in {@code face}, in 1/1000 em. */
  static float advance(char[] text, int start, int limit, FontFace face, boolean rtl) {
    if (start >= limit) {
      return 0f;
    }
    int flags = rtl ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT;
    GlyphVector vector = face.awt().layoutGlyphVector(FontFace.FRC, text, start, limit, flags);
    return (float) vector.getGlyphPosition(vector.getNumGlyphs()).getX();
  }

  /**
   * For each glyph, the characters of its cluster when it is the cluster's only glyph (a contextual
   * Arabic form, a lam-alef or Tamil ligature); {@code null} when a cluster has several glyphs (a
   * Tamil two-part vowel), which only the font's cmap can name.
   */
  private static String[] glyphTexts(char[] text, int start, int limit, int[] clusters) {
    int[] starts = Arrays.stream(clusters).distinct().sorted().toArray();
    String[] result = new String[clusters.length];
    for (int i = 0; i < clusters.length; i++) {
      int cluster = clusters[i];
      int glyphsInCluster = 0;
      for (int c : clusters) {
        if (c == cluster) {
          glyphsInCluster++;
        }
      }
      if (glyphsInCluster != 1) {
        continue;
      }
      int next = Arrays.binarySearch(starts, cluster) + 1;
      int end = next < starts.length ? starts[next] : limit;
      StringBuilder chars = new StringBuilder();
      for (int k = cluster; k < end; ) {
        int cp = Character.codePointAt(text, k, limit);
        if (!FontChooser.isInvisible(cp) && !isJoinerOrSelector(cp)) {
          chars.appendCodePoint(cp);
        }
        k += Character.charCount(cp);
      }
      result[i] = chars.length() == 0 ? null : chars.toString();
    }
    return result;
  }

  private static boolean isJoinerOrSelector(char[] text, int index) {
    return isJoinerOrSelector(Character.codePointAt(text, index));
  }

  private static boolean isJoinerOrSelector(int cp) {
    return cp == 0x200C || cp == 0x200D || cp == 0x034F || (cp >= 0xFE00 && cp <= 0xFE0F);
  }
}
