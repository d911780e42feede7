package fr.paris.teleservices.portal.pdf;

/**
 * A shaped piece of text in one face and one direction: the glyphs in VISUAL order (left to right
 * on the page, even for Arabic), each with its position, all in 1/1000 em.
 *
 * @param face the face whose glyph ids these are (ids of the full, shipped font)
 * @param glyphs glyph ids, left to right
 * @param x horizontal position of each glyph's origin from the run's left edge
 * @param y vertical offset of each glyph, upwards (marks, Nastaliq's sloping words)
 * @param advance width of the whole run
 * @param text the characters shaped, in logical order
 * @param rtl shaped right to left
 * @param glyphText for each glyph, the characters it stands for when it alone draws them (a
 *     contextual form, a ligature), otherwise {@code null}: used for the PDF's ToUnicode map
 */
record GlyphRun(
    FontFace face,
    int[] glyphs,
    float[] x,
    float[] y,
    float advance,
    String text,
    boolean rtl,
    String[] glyphText) {

  /**
   * Width in points at {@code size} (the style's size: the face's {@link FontFace#scale} applies).
   */
  float width(float size) {
    return advance * size * face.scale() / FontFace.LAYOUT_SIZE;
  }

  int size() {
    return glyphs.length;
  }
}
