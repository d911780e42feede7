package fr.paris.teleservices.portal.pdf;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SortedMap;

/**
 * Writes a ToUnicode CMap (PDF 32000 §9.10.3) from glyph → text pairs.
 *
 * <p>Why our own: PDFBox derives the map from the font's cmap, which names only the nominal glyphs.
 * Shaped text also uses glyphs reachable only through GSUB — Arabic initial/medial/final forms,
 * lam-alef, Tamil and Bengali conjuncts — that would then extract as nothing. The shaper tells us
 * which characters each of those glyphs drew.
 */
final class ToUnicodeCMap {

  private static final int ENTRIES_PER_BLOCK = 100; // the PDF limit per bfchar block

  private ToUnicodeCMap() {}

  static byte[] write(SortedMap<Integer, String> glyphText) {
    StringBuilder out = new StringBuilder();
    out.append("/CIDInit /ProcSet findresource begin\n")
        .append("12 dict begin\n")
        .append("begincmap\n")
        .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
        .append("/CMapName /Adobe-Identity-UCS def\n")
        .append("/CMapType 2 def\n")
        .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    int inBlock = 0;
    int remaining = glyphText.size();
    for (Map.Entry<Integer, String> entry : glyphText.entrySet()) {
      if (inBlock == 0) {
        out.append(Math.min(ENTRIES_PER_BLOCK, remaining)).append(" beginbfchar\n");
      }
      out.append('<');
      hex4(out, entry.getKey());
      out.append("> <");
      String text = entry.getValue();
      for (int i = 0; i < text.length(); i++) {
        hex4(out, text.charAt(i));
      }
      out.append(">\n");
      inBlock++;
      remaining--;
      if (inBlock == ENTRIES_PER_BLOCK || remaining == 0) {
        out.append("endbfchar\n");
        inBlock = 0;
      }
    }
    out.append("endcmap\n")
        .append("CMapName currentdict /CMap defineresource pop\n")
        .append("end\nend\n");
    return out.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static void hex4(StringBuilder out, int value) {
    for (int shift = 12; shift >= 0; shift -= 4) {
      out.append(Character.toUpperCase(Character.forDigit((value >> shift) & 0xF, 16)));
    }
  }
}
