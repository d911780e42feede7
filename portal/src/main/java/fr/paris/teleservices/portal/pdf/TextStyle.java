package fr.paris.teleservices.portal.pdf;

/**
 * The few text styles of a letter. Sizes in points; {@code gray} is the fill colour (0 = black).
 * {@code leading} is the minimum distance between baselines as a multiple of the size: lines in a
 * script with taller fonts (Arabic, Nastaliq) get more, from the font's own ascent and descent.
 */
enum TextStyle {
  TITLE(17f, true, 0f, 1.3f),
  HEADING(12.5f, true, 0f, 1.35f),
  BODY(10.5f, false, 0f, 1.45f),
  LABEL(10.5f, true, 0.25f, 1.45f),
  NOTE(8.5f, false, 0.3f, 1.4f),
  FOOTER(7.5f, false, 0.35f, 1.35f);

  final float size;
  final boolean bold;
  final float gray;
  final float leading;

  TextStyle(float size, boolean bold, float gray, float leading) {
    this.size = size;
    this.bold = bold;
    this.gray = gray;
    this.leading = leading;
  }
}
