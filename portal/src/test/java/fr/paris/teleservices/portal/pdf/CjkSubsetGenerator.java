package fr.paris.teleservices.portal.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * One-off generator of the shipped Chinese font {@code fonts/WenQuanYiMicroHei-GB2312.ttf}: the
 * whole WenQuanYi Micro Hei collection is 5 MB, too big to commit, so we keep only what a letter in
 * Simplified Chinese needs — every character of GB 2312 (levels 1 and 2: 6 763 hanzi, plus its
 * punctuation, kana, Greek and Cyrillic rows), ASCII and Latin-1, general and CJK punctuation and
 * the full-width forms.
 *
 * <p>Not a test: run it by hand when the source font changes (commands in {@code fonts/README.md};
 * arguments: the source collection, the target file). The output is deterministic.
 *
 * <p>Only plain TrueType tables are kept: GSUB/GPOS/kern refer to glyph ids, which the subsetter
 * renumbers, so copying them would corrupt the font (Chinese needs no shaping anyway).
 */
public final class CjkSubsetGenerator {

  static final List<String> TABLES =
      List.of(
          "head", "hhea", "maxp", "name", "OS/2", "glyf", "loca", "cmap", "hmtx", "post", "cvt ",
          "fpgm", "prep", "gasp");

  private CjkSubsetGenerator() {}

  public static void main(String[] args) throws IOException {
    Path source =
        Path.of(args.length > 0 ? args[0] : "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    Path target =
        Path.of(
            args.length > 1
                ? args[1]
                : "portal/src/main/resources/fonts/WenQuanYiMicroHei-GB2312.ttf");
    Set<Integer> codePoints = codePoints();
    try (TrueTypeCollection collection = new TrueTypeCollection(source.toFile())) {
      TrueTypeFont font = collection.getFontByName("WenQuanYiMicroHei");
      if (font == null) {
        throw new IOException("no face WenQuanYiMicroHei in " + source);
      }
      CmapLookup cmap = font.getUnicodeCmapLookup();
      TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
      int missing = 0;
      for (int cp : codePoints) {
        if (cmap.getGlyphId(cp) == 0) {
          missing++;
        } else {
          subsetter.add(cp);
        }
      }
      try (OutputStream out = Files.newOutputStream(target)) {
        subsetter.writeToStream(out);
      }
      System.out.printf(
          "%s: %d code points asked, %d not in the font, %d bytes%n",
          target, codePoints.size(), missing, Files.size(target));
    }
  }

  /** The characters kept: GB 2312 in full, plus the Latin and punctuation a letter needs. */
  static Set<Integer> codePoints() throws CharacterCodingException {
    Set<Integer> result = new TreeSet<>();
    range(result, 0x20, 0x7E); // ASCII
    range(result, 0xA0, 0xFF); // Latin-1 (French names and addresses)
    range(result, 0x2010, 0x2027); // dashes, quotes, ellipsis
    range(result, 0x2030, 0x203B);
    range(result, 0x3000, 0x303F); // CJK symbols and punctuation
    range(result, 0xFF01, 0xFF5E); // full-width forms
    range(result, 0xFFE0, 0xFFE6);
    CharsetDecoder gb2312 =
        Charset.forName("GB2312")
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    for (int row = 0xA1; row <= 0xF7; row++) {
      for (int cell = 0xA1; cell <= 0xFE; cell++) {
        try {
          String s =
              gb2312.decode(ByteBuffer.wrap(new byte[] {(byte) row, (byte) cell})).toString();
          s.codePoints().forEach(result::add);
        } catch (CharacterCodingException unassigned) {
          // holes in the GB 2312 table
        }
      }
    }
    return result;
  }

  private static void range(Set<Integer> set, int from, int to) {
    for (int cp = from; cp <= to; cp++) {
      set.add(cp);
    }
  }
}
