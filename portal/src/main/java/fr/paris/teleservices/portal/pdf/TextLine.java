package fr.paris.teleservices.portal.pdf;

import java.util.List;

/**
 * One laid-out line: its runs in visual order, each at its offset from the line's left end.
 *
 * @param runs the shaped runs, left to right
 * @param width the line's width in points (trailing spaces excluded)
 * @param ascent height above the baseline, points
 * @param descent depth below the baseline, points
 * @param height distance from this line's top to the next line's top, points
 * @param rtl the paragraph's direction: right-to-left lines are aligned on the right
 * @param style the style the runs are drawn in
 */
record TextLine(
    List<Placed> runs,
    float width,
    float ascent,
    float descent,
    float height,
    boolean rtl,
    TextStyle style) {

  /** A run and its left offset in points. */
  record Placed(GlyphRun run, float x) {}

  /** From the line's top down to its baseline. */
  float baselineOffset() {
    return (height - ascent - descent) / 2 + ascent;
  }
}
