package fr.paris.teleservices.portal.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One face embedded in one document: a subset holding exactly the glyphs the shaper chose, as a
 * CIDFontType2 with Identity-H encoding, so that a CID in the content stream is a glyph id of the
 * embedded subset.
 *
 * <p>Why we subset ourselves: PDFBox's own subsetting keeps the glyphs reachable from the code
 * points it has seen through its cmap; glyphs that only GSUB reaches (Arabic joining forms,
 * lam-alef, Indic conjuncts) would be lost. fontbox's {@link TTFSubsetter} takes glyph ids; the
 * subset (a few KB instead of the whole font) is then embedded as is, and its glyph ids renumbered
 * in the content stream through {@link #cid}.
 */
final class EmbeddedFont implements Closeable {

  /** Tables of the embedded subset: outlines, metrics, hinting; no GSUB/GPOS (already applied). */
  private static final List<String> TABLES =
      List.of(
          "head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp", "cmap",
          "name", "OS/2", "post");

  private final PDType0Font font;
  private final TrueTypeFont subset;
  private final Map<Integer, Integer> newIds;
  private final Map<Integer, String> texts;
  private final Map<Integer, Float> widths = new HashMap<>();

  private EmbeddedFont(
      PDType0Font font,
      TrueTypeFont subset,
      Map<Integer, Integer> newIds,
      Map<Integer, String> texts) {
    this.font = font;
    this.subset = subset;
    this.newIds = newIds;
    this.texts = texts;
  }

  /**
   * Embeds {@code glyphs} (ids of the full shipped font) of {@code face} in {@code document}.
   *
   * @param clusterTexts what the shaper says some of these glyphs stand for (see {@link GlyphRun})
   */
  static EmbeddedFont embed(
      PDDocument document,
      FontFace face,
      SortedSet<Integer> glyphs,
      Map<Integer, String> clusterTexts)
      throws IOException {
    try (TrueTypeFont full = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()))) {
      CmapLookup cmap = full.getUnicodeCmapLookup();
      TTFSubsetter subsetter = new TTFSubsetter(full, TABLES);
      subsetter.addGlyphIds(glyphs);
      // A cmap for the nominal glyphs (PDFBox wants a Unicode cmap in every TrueType font).
      Set<Integer> codePoints = new HashSet<>();
      codePoints.add(0x20);
      Map<Integer, String> byOldId = new TreeMap<>();
      for (int glyph : glyphs) {
        List<Integer> chars = cmap.getCharCodes(glyph);
        List<Integer> sorted = chars == null ? new ArrayList<>() : new ArrayList<>(chars);
        Collections.sort(sorted);
        codePoints.addAll(sorted);
        String text = textOf(clusterTexts.get(glyph), sorted);
        if (text != null) {
          byOldId.put(glyph, text);
        }
      }
      codePoints.forEach(subsetter::add);
      subsetter.setPrefix(tag(glyphs));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      subsetter.writeToStream(bytes);

      Map<Integer, Integer> newIds = new HashMap<>();
      subsetter.getGIDMap().forEach((newId, oldId) -> newIds.put(oldId, newId));
      TrueTypeFont subset = new TTFParser().parse(new RandomAccessReadBuffer(bytes.toByteArray()));
      // Not subset again by PDFBox: it is already a subset, embedded whole.
      PDType0Font font = PDType0Font.load(document, subset, false);

      TreeMap<Integer, String> texts = new TreeMap<>();
      byOldId.forEach((oldId, text) -> texts.put(newIds.get(oldId), text));
      PDStream toUnicode =
          new PDStream(
              document, new ByteArrayInputStream(ToUnicodeCMap.write(texts)), COSName.FLATE_DECODE);
      font.getCOSObject().setItem(COSName.TO_UNICODE, toUnicode);
      return new EmbeddedFont(font, subset, newIds, texts);
    }
  }

  PDType0Font font() {
    return font;
  }

  /** The CID (= glyph id in the embedded subset) of a glyph id of the full font. */
  int cid(int glyph) {
    Integer id = newIds.get(glyph);
    if (id == null) {
      throw new IllegalStateException("glyph " + glyph + " was not embedded");
    }
    return id;
  }

  /** Advance width of a CID as the PDF declares it (its W array), in 1/1000 em. */
  float width(int cid) throws IOException {
    Float width = widths.get(cid);
    if (width == null) {
      width = font.getWidth(cid);
      widths.put(cid, width);
    }
    return width;
  }

  /** What a text extractor will read for this CID through the ToUnicode map. */
  String text(int cid) {
    return texts.getOrDefault(cid, "");
  }

  @Override
  public void close() throws IOException {
    subset.close();
  }

  /**
   * The ToUnicode text of a glyph: what the shaper says it drew (a contextual form stands for its
   * letter, a ligature for its letters) unless the glyph is the nominal glyph of another character
   * — a Tamil two-part vowel is drawn with the glyphs of its two halves, each named by the cmap.
   */
  private static String textOf(String cluster, List<Integer> cmapChars) {
    if (cmapChars.isEmpty()) {
      return cluster;
    }
    String first = new String(Character.toChars(cmapChars.get(0)));
    if (cluster == null) {
      return first;
    }
    String wanted = Normalizer.normalize(cluster, Normalizer.Form.NFKD);
    for (int cp : cmapChars) {
      String candidate = new String(Character.toChars(cp));
      if (Normalizer.normalize(candidate, Normalizer.Form.NFKD).equals(wanted)) {
        return cluster;
      }
    }
    return first;
  }

  /** The six-letter subset tag PDF 32000 §9.6.4 asks for, derived from the glyph set. */
  private static String tag(Set<Integer> glyphs) {
    long hash = glyphs.hashCode() & 0xFFFFFFFFL;
    byte[] letters = new byte[6];
    for (int i = 0; i < 6; i++) {
      letters[i] = (byte) ('A' + hash % 26);
      hash /= 26;
    }
    return new String(letters, StandardCharsets.US_ASCII) + "+";
  }
}
