package fr.paris.teleservices.portal.pdf;

import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSName;

/**
 * Writes a page's content stream operators as text.
 *
 * <p>Why not {@code PDPageContentStream}: its {@code showText}/{@code showTextWithPositioning}
 * accept only Strings, which PDFBox encodes through the font's cmap — precisely the step shaping
 * must bypass (Arabic contextual forms and Indic conjuncts have no cmap entry). Here glyphs are
 * written as their 2-byte CIDs (Identity-H, CID = glyph id of the embedded subset).
 */
final class ContentWriter {

  private final StringBuilder out = new StringBuilder(4096);

  void fillGray(float gray) {
    number(gray).append(" g\n");
  }

  void strokeGray(float gray) {
    number(gray).append(" G\n");
  }

  void line(float x1, float x2, float y, float width) {
    number(width).append(" w ");
    number(x1).append(' ');
    number(y).append(" m ");
    number(x2).append(' ');
    number(y).append(" l S\n");
  }

  /**
   * Text drawn filled (0) or filled and stroked (2) with a stroke of {@code strokeWidth} points in
   * {@code gray}: the usual way to embolden a face that has no bold variant.
   */
  void textRendering(int mode, float strokeWidth, float gray) {
    if (mode == 2) {
      number(strokeWidth).append(" w ");
      number(gray).append(" G ");
    }
    out.append(mode).append(" Tr\n");
  }

  void beginText() {
    out.append("BT\n");
  }

  void endText() {
    out.append("ET\n");
  }

  void font(COSName name, float size) {
    out.append('/').append(name.getName()).append(' ');
    number(size).append(" Tf\n");
  }

  void textPosition(float x, float y) {
    out.append("1 0 0 1 ");
    number(x).append(' ');
    number(y).append(" Tm\n");
  }

  /** Opens a TJ array. */
  void beginGlyphs() {
    out.append('[');
  }

  /** A glyph (2-byte CID) in the open TJ array. */
  void glyph(int cid) {
    out.append('<');
    hex4(cid);
    out.append('>');
  }

  /**
   * A TJ adjustment in thousandths of an em: positive moves the next glyph LEFT (PDF's sign
   * convention).
   */
  void adjust(float thousandths) {
    out.append(' ');
    number(thousandths).append(' ');
  }

  void endGlyphs() {
    out.append("] TJ\n");
  }

  /**
   * Opens a marked-content span whose ActualText is {@code text}: viewers that honour it (Acrobat,
   * pdf.js, PDFBox's text stripper) copy and search the logical text instead of guessing it from
   * reordered, ligated glyphs.
   */
  void beginActualText(String text) {
    out.append("/Span <</ActualText <FEFF");
    for (int i = 0; i < text.length(); i++) {
      hex4(text.charAt(i));
    }
    out.append(">>> BDC\n");
  }

  void endMarkedContent() {
    out.append("EMC\n");
  }

  byte[] toBytes() {
    return out.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private void hex4(int value) {
    for (int shift = 12; shift >= 0; shift -= 4) {
      out.append(Character.forDigit((value >> shift) & 0xF, 16));
    }
  }

  /** A number with at most 3 decimals, as PDF wants it (no exponent, '.' separator). */
  private StringBuilder number(float value) {
    long thousandths = Math.round(value * 1000.0);
    if (thousandths < 0) {
      out.append('-');
      thousandths = -thousandths;
    }
    out.append(thousandths / 1000);
    long fraction = thousandths % 1000;
    if (fraction != 0) {
      out.append('.');
      String digits = Long.toString(fraction + 1000).substring(1);
      int end = digits.length();
      while (digits.charAt(end - 1) == '0') {
        end--;
      }
      out.append(digits, 0, end);
    }
    return out;
  }
}
