package fr.paris.teleservices.portal.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.font.TextAttribute;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The fonts shipped in {@code src/main/resources/fonts} (see the README there for their origin and
 * licence). Each file is read and parsed once per JVM, on first use: the bytes and the Java2D
 * {@link Font} are immutable, so every thread shares them. The PDF side ({@code PDType0Font},
 * fontbox {@code TrueTypeFont}) is NOT thread-safe and is made again for every document from these
 * bytes.
 */
enum FontFace {
  SANS("NotoSans-Regular.ttf"),
  SANS_BOLD("NotoSans-Bold.ttf"),
  NASKH("NotoNaskhArabic-Regular.ttf", 1.15f),
  NASKH_BOLD("NotoNaskhArabic-Bold.ttf", 1.15f),
  NASTALIQ("NotoNastaliqUrdu-Regular.ttf"),
  NASTALIQ_BOLD("NotoNastaliqUrdu-Bold.ttf"),
  TAMIL("NotoSansTamil-Regular.ttf"),
  TAMIL_BOLD("NotoSansTamil-Bold.ttf"),
  BENGALI("NotoSansBengali-Regular.ttf"),
  BENGALI_BOLD("NotoSansBengali-Bold.ttf"),
  GEORGIAN("NotoSansGeorgian-Regular.ttf"),
  GEORGIAN_BOLD("NotoSansGeorgian-Bold.ttf"),
  ETHIOPIC("NotoSansEthiopic-Regular.ttf"),
  ETHIOPIC_BOLD("NotoSansEthiopic-Bold.ttf"),
  /** GB 2312 subset of WenQuanYi Micro Hei (no bold face exists: bold Chinese uses this one). */
  CJK("WenQuanYiMicroHei-GB2312.ttf");

  /**
   * Glyph positions come from Java2D at this size, so that one unit is 1/1000 em: the unit of PDF
   * glyph space, of the {@code W} widths and of {@code TJ} adjustments.
   */
  static final float LAYOUT_SIZE = 1000f;

  /** Fractional metrics, no transform: unhinted advances, independent of any screen. */
  static final FontRenderContext FRC = new FontRenderContext(null, true, true);

  private final String file;
  private final float scale;
  private volatile Loaded loaded;

  FontFace(String file) {
    this(file, 1f);
  }

  FontFace(String file, float scale) {
    this.file = file;
    this.scale = scale;
  }

  String file() {
    return file;
  }

  /**
   * How much bigger than the style's size this face is set. Naskh's letters are small for their em:
   * at the same size as Noto Sans, Arabic looks a size smaller than the French beside it.
   */
  float scale() {
    return scale;
  }

  /** The bold variant of this face, or this face when the script has no bold font. */
  FontFace bold() {
    return switch (this) {
      case SANS -> SANS_BOLD;
      case NASKH -> NASKH_BOLD;
      case NASTALIQ -> NASTALIQ_BOLD;
      case TAMIL -> TAMIL_BOLD;
      case BENGALI -> BENGALI_BOLD;
      case GEORGIAN -> GEORGIAN_BOLD;
      case ETHIOPIC -> ETHIOPIC_BOLD;
      default -> this;
    };
  }

  /** A face with no bold variant (Chinese): bold text in it is drawn emboldened by a stroke. */
  boolean lacksBold() {
    return bold() == this && !name().endsWith("_BOLD");
  }

  /** The raw TrueType file, shared: never write into it. */
  byte[] bytes() {
    return load().bytes;
  }

  /** The Java2D font at {@link #LAYOUT_SIZE}, with kerning and standard ligatures on. */
  Font awt() {
    return load().awt;
  }

  /** Ascent above the baseline, in 1/1000 em. */
  float ascent() {
    return load().ascent;
  }

  /** Descent below the baseline (positive), in 1/1000 em. */
  float descent() {
    return load().descent;
  }

  boolean canDisplay(int codePoint) {
    return load().awt.canDisplay(codePoint);
  }

  private Loaded load() {
    Loaded result = loaded;
    if (result == null) {
      synchronized (this) {
        result = loaded;
        if (result == null) {
          result = read();
          loaded = result;
        }
      }
    }
    return result;
  }

  private Loaded read() {
    String resource = "/fonts/" + file;
    try (InputStream in = FontFace.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("font not found on the class path: " + resource);
      }
      byte[] bytes = in.readAllBytes();
      // Java2D copies the stream into a temporary file once; there is no byte-array variant.
      Font base = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
      // Without these attributes Java2D turns HarfBuzz's 'kern' and 'liga' features off (the
      // required ones — Arabic joining, 'rlig', Indic conjuncts — are applied anyway).
      Font awt =
          base.deriveFont(
              Map.of(
                  TextAttribute.SIZE, LAYOUT_SIZE,
                  TextAttribute.KERNING, TextAttribute.KERNING_ON,
                  TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON));
      LineMetrics metrics = awt.getLineMetrics("x", FRC);
      return new Loaded(bytes, awt, metrics.getAscent(), metrics.getDescent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read font " + resource, e);
    } catch (FontFormatException e) {
      throw new IllegalStateException("not a TrueType font: " + resource, e);
    }
  }

  private record Loaded(byte[] bytes, Font awt, float ascent, float descent) {}
}
