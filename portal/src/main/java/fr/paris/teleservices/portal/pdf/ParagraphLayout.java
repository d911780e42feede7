package fr.paris.teleservices.portal.pdf;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Turns one paragraph into lines: line breaking (ICU's rules for the language: between words for
 * Tamil or Arabic, between characters for Chinese), the Unicode bidi algorithm (ICU: visual order
 * of mixed Arabic/Latin/number runs, isolates from {@link Pdf#ltr}), font fallback and shaping.
 *
 * <p>Lines are broken on the paragraph in logical order, measuring each breakable chunk with its
 * shaped width; each line is then reordered and shaped again on its own, so that what is drawn is
 * exactly what HarfBuzz gives for that line. One instance per document: not thread-safe.
 */
final class ParagraphLayout {

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private final ULocale locale;
  private final FontChooser fonts;

  ParagraphLayout(ULocale locale) {
    this.locale = locale;
    this.fonts = new FontChooser(locale);
  }

  /**
   * Lays out {@code paragraph} in lines no wider than {@code width} points (a single word wider
   * than that, such as a long e-mail address, is cut between characters). Line feeds (any Unicode
   * line break) start new lines of the same paragraph; tabs are spaces, other control characters
   * are dropped (the bidi algorithm would take some of them for paragraph ends).
   */
  List<TextLine> layout(String paragraph, TextStyle style, boolean rtl, float width) {
    List<TextLine> lines = new ArrayList<>();
    for (String part : paragraph.split("\\R", -1)) {
      String text = NFC.normalize(part.replace('\t', ' ').replaceAll("\\p{Cc}", ""));
      Paragraph p = new Paragraph(text, style, rtl);
      for (int[] range : p.breakLines(width)) {
        lines.add(p.line(range[0], range[1]));
      }
    }
    return lines;
  }

  /** One paragraph's text with its fonts and bidi levels. */
  private final class Paragraph {
    private final String text;
    private final char[] chars;
    private final FontFace[] faces;
    private final Bidi bidi;
    private final TextStyle style;
    private final boolean rtl;

    Paragraph(String text, TextStyle style, boolean rtl) {
      this.text = text;
      this.chars = text.toCharArray();
      this.style = style;
      this.rtl = rtl;
      this.bidi = new Bidi();
      bidi.setPara(text, rtl ? Bidi.RTL : Bidi.LTR, null);
      this.faces = fonts.assign(text, style.bold, bidi.getLevels());
    }

    /**
     * Greedy line breaking: as many breakable chunks on a line as fit. No break inside a
     * directional isolate ({@link Pdf#ltr}): a phone number "+33 1 23 45 67 89" stays on one line
     * unless it is wider than the line itself.
     */
    List<int[]> breakLines(float width) {
      List<int[]> lines = new ArrayList<>();
      if (text.isEmpty()) {
        lines.add(new int[] {0, 0});
        return lines;
      }
      List<Integer> opportunities = opportunities();
      int[] isolateDepths = isolateDepths();
      int lineStart = 0;
      float used = 0f; // width of the chunks on the current line, their trailing spaces included
      int chunkStart = 0;
      for (int chunkEnd : opportunities) {
        if (isolateDepths[chunkEnd] > 0) {
          continue;
        }
        int contentEnd = trimEnd(chunkStart, chunkEnd);
        float content = measure(chunkStart, contentEnd);
        if (chunkStart > lineStart && used + content > width) {
          lines.add(new int[] {lineStart, chunkStart});
          lineStart = chunkStart;
          used = 0f;
        }
        if (chunkStart == lineStart && content > width) {
          lineStart = cutOverlong(chunkStart, contentEnd, width, opportunities, lines);
          content = measure(lineStart, contentEnd);
        }
        used += content + measure(contentEnd, chunkEnd);
        chunkStart = chunkEnd;
      }
      lines.add(new int[] {lineStart, text.length()});
      return lines;
    }

    /** ICU's line-break opportunities for the language, the text's end included. */
    private List<Integer> opportunities() {
      BreakIterator breaks = BreakIterator.getLineInstance(locale);
      breaks.setText(text);
      List<Integer> result = new ArrayList<>();
      for (int b = breaks.next(); b != BreakIterator.DONE; b = breaks.next()) {
        result.add(b);
      }
      return result;
    }

    /** For each index, how many isolates (LRI, RLI, FSI) are open just before it. */
    private int[] isolateDepths() {
      int[] depths = new int[chars.length + 1];
      int depth = 0;
      for (int i = 0; i < chars.length; i++) {
        depths[i] = depth;
        char c = chars[i];
        if (c >= '\u2066' && c <= '\u2068') {
          depth++;
        } else if (c == Pdf.PDI && depth > 0) {
          depth--;
        }
      }
      depths[chars.length] = depth;
      return depths;
    }

    /**
     * Emits lines for a chunk too wide for a line (a long isolate, a long e-mail address): at its
     * inner break opportunities when there are, otherwise between graphemes. Returns where its rest
     * starts.
     */
    private int cutOverlong(
        int start, int end, float width, List<Integer> opportunities, List<int[]> lines) {
      BreakIterator graphemes = BreakIterator.getCharacterInstance(locale);
      graphemes.setText(text);
      int from = start;
      while (measure(from, end) > width) {
        int cut = -1;
        for (int b : opportunities) {
          if (b > from && b < end && measure(from, trimEnd(from, b)) <= width) {
            cut = b;
          }
        }
        if (cut < 0) {
          cut = graphemes.following(from);
          for (int next = graphemes.following(cut);
              next != BreakIterator.DONE && next <= end && measure(from, next) <= width;
              next = graphemes.following(next)) {
            cut = next;
          }
        }
        if (cut >= end) {
          break;
        }
        lines.add(new int[] {from, cut});
        from = cut;
      }
      return from;
    }

    /** Shaped width of {@code [from, to)} in points, run by run (same face, same direction). */
    private float measure(int from, int to) {
      float sum = 0f;
      int i = from;
      while (i < to) {
        if (faces[i] == null) {
          i++;
          continue;
        }
        int j = i + 1;
        while (j < to && faces[j] == faces[i] && bidi.getLevelAt(j) == bidi.getLevelAt(i)) {
          j++;
        }
        float advance = Shaper.advance(chars, i, j, faces[i], (bidi.getLevelAt(i) & 1) == 1);
        sum += advance * faces[i].scale();
        i = j;
      }
      return sum * style.size / FontFace.LAYOUT_SIZE;
    }

    private int trimEnd(int from, int to) {
      int end = to;
      while (end > from) {
        int cp = text.codePointBefore(end);
        if (!UCharacter.isWhitespace(cp) && !FontChooser.isInvisible(cp)) {
          break;
        }
        end -= Character.charCount(cp);
      }
      return end;
    }

    /** The line {@code [start, end)}: bidi reordering into visual runs, then shaping. */
    TextLine line(int start, int end) {
      int contentEnd = trimEnd(start, end);
      List<TextLine.Placed> placed = new ArrayList<>();
      float pen = 0f;
      if (contentEnd > start) {
        Bidi line = bidi.setLine(start, contentEnd);
        for (int r = 0; r < line.countRuns(); r++) {
          BidiRun run = line.getVisualRun(r);
          boolean odd = run.isOddRun();
          List<int[]> items = items(start + run.getStart(), start + run.getLimit());
          if (odd) {
            Collections.reverse(items); // the run's first characters go on its right
          }
          for (int[] item : items) {
            GlyphRun shaped = Shaper.shape(chars, item[0], item[1], faces[item[0]], odd);
            placed.add(new TextLine.Placed(shaped, pen));
            pen += shaped.width(style.size);
          }
        }
      }
      float ascent = 0f;
      float descent = 0f;
      if (placed.isEmpty()) {
        ascent = FontFace.SANS.ascent();
        descent = FontFace.SANS.descent();
      }
      for (TextLine.Placed p : placed) {
        FontFace face = p.run().face();
        ascent = Math.max(ascent, face.ascent() * face.scale());
        descent = Math.max(descent, face.descent() * face.scale());
      }
      float scale = style.size / FontFace.LAYOUT_SIZE;
      ascent *= scale;
      descent *= scale;
      float height = Math.max(style.size * style.leading, ascent + descent);
      return new TextLine(List.copyOf(placed), pen, ascent, descent, height, rtl, style);
    }

    /** Maximal pieces of {@code [from, to)} in one face, invisible characters left out. */
    private List<int[]> items(int from, int to) {
      List<int[]> items = new ArrayList<>();
      int i = from;
      while (i < to) {
        if (faces[i] == null) {
          i++;
          continue;
        }
        int j = i + 1;
        while (j < to && faces[j] == faces[i]) {
          j++;
        }
        items.add(new int[] {i, j});
        i = j;
      }
      return items;
    }
  }
}
