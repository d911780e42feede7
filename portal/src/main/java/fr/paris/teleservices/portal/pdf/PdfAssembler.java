package fr.paris.teleservices.portal.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Writes laid-out pages as a PDF: fonts embedded (subsets), glyphs placed where HarfBuzz put them.
 */
final class PdfAssembler {

  /** Document-level facts. */
  record Metadata(String title, String languageTag, boolean rtl) {}

  private PdfAssembler() {}

  static void write(List<PageComposer.Page> pages, Metadata metadata, OutputStream out)
      throws IOException {
    Map<FontFace, SortedSet<Integer>> glyphs = new EnumMap<>(FontFace.class);
    Map<FontFace, Map<Integer, String>> texts = new EnumMap<>(FontFace.class);
    for (PageComposer.Page page : pages) {
      for (PageComposer.Drawn drawn : page.lines()) {
        for (TextLine.Placed placed : drawn.line().runs()) {
          GlyphRun run = placed.run();
          if (run.size() == 0) {
            continue;
          }
          SortedSet<Integer> used = glyphs.computeIfAbsent(run.face(), f -> new TreeSet<>());
          Map<Integer, String> text = texts.computeIfAbsent(run.face(), f -> new HashMap<>());
          for (int i = 0; i < run.size(); i++) {
            used.add(run.glyphs()[i]);
            if (run.glyphText()[i] != null) {
              text.putIfAbsent(run.glyphs()[i], run.glyphText()[i]);
            }
          }
        }
      }
    }

    Map<FontFace, EmbeddedFont> fonts = new EnumMap<>(FontFace.class);
    try (PDDocument document = new PDDocument()) {
      document.setVersion(1.7f);
      for (Map.Entry<FontFace, SortedSet<Integer>> entry : glyphs.entrySet()) {
        FontFace face = entry.getKey();
        fonts.put(face, EmbeddedFont.embed(document, face, entry.getValue(), texts.get(face)));
      }
      for (PageComposer.Page page : pages) {
        document.addPage(page(document, page, fonts));
      }
      describe(document, metadata);
      document.save(out);
    } finally {
      // The subsets are read while saving: close them only now.
      for (EmbeddedFont font : fonts.values()) {
        font.close();
      }
    }
  }

  private static PDPage page(
      PDDocument document, PageComposer.Page page, Map<FontFace, EmbeddedFont> fonts)
      throws IOException {
    PDPage pdPage = new PDPage(PDRectangle.A4);
    PDResources resources = new PDResources();
    pdPage.setResources(resources);
    Map<FontFace, COSName> names = new EnumMap<>(FontFace.class);
    ContentWriter content = new ContentWriter();

    for (PageComposer.Rule rule : page.rules()) {
      content.strokeGray(rule.gray());
      content.line(rule.x1(), rule.x2(), rule.y(), rule.width());
    }
    for (PageComposer.Drawn drawn : page.lines()) {
      if (drawn.line().runs().isEmpty()) {
        continue;
      }
      TextStyle style = drawn.line().style();
      boolean emboldened = false;
      content.beginText();
      content.fillGray(style.gray);
      for (TextLine.Placed placed : drawn.line().runs()) {
        if (placed.run().size() == 0) {
          continue; // only joiners: nothing to draw
        }
        EmbeddedFont font = fonts.get(placed.run().face());
        COSName name = names.get(placed.run().face());
        if (name == null) {
          name = resources.add(font.font());
          names.put(placed.run().face(), name);
        }
        float size = style.size * placed.run().face().scale();
        content.font(name, size);
        boolean embolden = style.bold && placed.run().face().lacksBold();
        if (embolden || emboldened) {
          content.textRendering(embolden ? 2 : 0, size * 0.035f, style.gray);
          emboldened = embolden;
        }
        run(content, font, placed.run(), drawn.x() + placed.x(), drawn.baseline(), size);
      }
      if (emboldened) {
        content.textRendering(0, 0f, 0f); // Tr outlives ET: back to plain fill
      }
      content.endText();
    }

    PDStream stream =
        new PDStream(document, new ByteArrayInputStream(content.toBytes()), COSName.FLATE_DECODE);
    pdPage.setContents(stream);
    return pdPage;
  }

  /**
   * One shaped run. Glyphs on the same vertical offset share a TJ array whose numbers correct the
   * pen from the font's nominal advance to HarfBuzz's position (kerning, mark placement); a new
   * offset (an Arabic vowel mark above, Nastaliq's descending words) starts a new text position.
   */
  private static void run(
      ContentWriter content,
      EmbeddedFont font,
      GlyphRun run,
      float left,
      float baseline,
      float size)
      throws IOException {
    float scale = size / FontFace.LAYOUT_SIZE;
    int[] cids = new int[run.size()];
    StringBuilder extracted = new StringBuilder();
    for (int i = 0; i < cids.length; i++) {
      cids[i] = font.cid(run.glyphs()[i]);
      extracted.append(font.text(cids[i]));
    }
    // Right-to-left, reordered or ligated text: say what it reads as.
    boolean actualText = run.rtl() || !extracted.toString().equals(visible(run.text()));
    if (actualText) {
      content.beginActualText(visible(run.text()));
    }
    float lineY = Float.NaN;
    float pen = 0f;
    for (int i = 0; i < cids.length; i++) {
      float x = run.x()[i];
      float y = run.y()[i];
      if (i == 0 || y != lineY) {
        if (i > 0) {
          content.endGlyphs();
        }
        content.textPosition(left + x * scale, baseline + y * scale);
        content.beginGlyphs();
        lineY = y;
      } else if (Math.abs(x - pen) > 0.01f) {
        content.adjust(pen - x);
      }
      content.glyph(cids[i]);
      pen = x + font.width(cids[i]);
    }
    content.endGlyphs();
    if (actualText) {
      content.endMarkedContent();
    }
  }

  /** The text without joiners and selectors, which no glyph stands for. */
  private static String visible(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(cp -> cp != 0x200C && cp != 0x200D && cp != 0x034F && (cp < 0xFE00 || cp > 0xFE0F))
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  private static void describe(PDDocument document, Metadata metadata) {
    PDDocumentInformation info = document.getDocumentInformation();
    if (metadata.title() != null) {
      info.setTitle(metadata.title());
    }
    info.setCreator("Téléservices solidaires de Paris");
    info.setProducer("Apache PDFBox");
    info.setCreationDate(Calendar.getInstance());
    PDDocumentCatalog catalog = document.getDocumentCatalog();
    catalog.setLanguage(metadata.languageTag());
    PDViewerPreferences preferences = new PDViewerPreferences();
    preferences.setDisplayDocTitle(true);
    if (metadata.rtl()) {
      preferences.setReadingDirection(PDViewerPreferences.READING_DIRECTION.R2L);
    }
    catalog.setViewerPreferences(preferences);
  }
}
