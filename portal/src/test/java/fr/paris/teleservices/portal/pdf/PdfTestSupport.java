package fr.paris.teleservices.portal.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/** Reading back what {@link PdfDocument} wrote: glyphs, text, pixels, golden images. */
final class PdfTestSupport {

  static final float DPI = 100f;
  private static final Path MODULE = Path.of(System.getProperty("basedir", "."));
  static final Path GOLDEN = MODULE.resolve("src/test/resources/pdf-golden");
  static final Path OUTPUT = MODULE.resolve("target/pdf-samples");

  private PdfTestSupport() {}

  /** A glyph as drawn: its code (CID), font, ToUnicode text, origin and advance in points. */
  record Glyph(int code, PDFont font, String unicode, float x, float y, float width) {
    String fontName() {
      return font.getName();
    }
  }

  static PDDocument load(byte[] pdf) {
    try {
      return Loader.loadPDF(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every glyph shown on page {@code pageIndex} (0-based), in content-stream order. */
  static List<Glyph> glyphs(byte[] pdf, int pageIndex) {
    try (PDDocument document = load(pdf)) {
      List<Glyph> glyphs = new ArrayList<>();
      PDFTextStripper recorder =
          new PDFTextStripper() {
            @Override
            protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement)
                throws IOException {
              float width = displacement.getX() * matrix.getScalingFactorX();
              glyphs.add(
                  new Glyph(
                      code,
                      font,
                      font.toUnicode(code),
                      matrix.getTranslateX(),
                      matrix.getTranslateY(),
                      width));
              super.showGlyph(matrix, font, code, displacement);
            }
          };
      recorder.setStartPage(pageIndex + 1);
      recorder.setEndPage(pageIndex + 1);
      recorder.getText(document);
      return glyphs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Glyphs grouped by baseline (rounded), top line first, each line sorted left to right. */
  static List<List<Glyph>> linesOf(List<Glyph> glyphs) {
    Map<Integer, List<Glyph>> byBaseline = new TreeMap<>(Comparator.reverseOrder());
    for (Glyph glyph : glyphs) {
      byBaseline.computeIfAbsent(Math.round(glyph.y()), y -> new ArrayList<>()).add(glyph);
    }
    // Marks raised above the baseline (Arabic vowels) join the nearest line below them.
    List<List<Glyph>> lines = new ArrayList<>();
    List<Integer> baselines = new ArrayList<>(byBaseline.keySet());
    for (int i = 0; i < baselines.size(); i++) {
      List<Glyph> line = new ArrayList<>(byBaseline.get(baselines.get(i)));
      while (i + 1 < baselines.size() && baselines.get(i) - baselines.get(i + 1) < 6) {
        i++;
        line.addAll(byBaseline.get(baselines.get(i)));
      }
      line.sort(Comparator.comparing(Glyph::x));
      lines.add(line);
    }
    return lines;
  }

  /** The ToUnicode text of glyphs left to right (visual order), spaces dropped. */
  static String visual(List<Glyph> line) {
    return line.stream()
        .map(g -> g.unicode() == null ? "\uFFFD" : g.unicode())
        .collect(Collectors.joining())
        .replace(" ", "");
  }

  static String text(byte[] pdf) {
    try (PDDocument document = load(pdf)) {
      return new PDFTextStripper().getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(byte[] pdf, int pageNumber) {
    try (PDDocument document = load(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(pageNumber);
      stripper.setEndPage(pageNumber);
      return stripper.getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every font of every page's resources. */
  static List<PDFont> fonts(byte[] pdf) {
    try (PDDocument document = load(pdf)) {
      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          fonts.add(resources.getFont(name));
        }
      }
      return fonts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BufferedImage render(byte[] pdf, int pageIndex) {
    try (PDDocument document = load(pdf)) {
      return new PDFRenderer(document).renderImageWithDPI(pageIndex, DPI, ImageType.GRAY);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the PDF and its first page as PNG under target/pdf-samples, for a human to look at. */
  static void keep(String name, byte[] pdf) {
    try {
      Files.createDirectories(OUTPUT);
      Files.write(OUTPUT.resolve(name + ".pdf"), pdf);
      ImageIO.write(render(pdf, 0), "png", OUTPUT.resolve(name + ".png").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ink bounding box of an image (pixels darker than mid-grey): {minX, minY, maxX, maxY}. */
  static int[] inkBox(BufferedImage image, int fromY, int toY) {
    int minX = Integer.MAX_VALUE;
    int minY = Integer.MAX_VALUE;
    int maxX = -1;
    int maxY = -1;
    for (int y = Math.max(0, fromY); y < Math.min(image.getHeight(), toY); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFF) < 128) {
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
          minY = Math.min(minY, y);
          maxY = Math.max(maxY, y);
        }
      }
    }
    return new int[] {minX, minY, maxX, maxY};
  }

  static float pixels(float points) {
    return points * DPI / 72f;
  }

  /**
   * Compares page 1 with {@code pdf-golden/NAME.png}. A missing golden is written — and the test
   * fails, so that a person looks at it before committing it. To regenerate one, delete it and run
   * the test twice (see fonts/README.md).
   */
  static void assertMatchesGolden(String name, byte[] pdf) {
    BufferedImage actual = render(pdf, 0);
    Path golden = GOLDEN.resolve(name + ".png");
    try {
      if (!Files.exists(golden)) {
        Files.createDirectories(GOLDEN);
        ImageIO.write(actual, "png", golden.toFile());
        fail(
            "No golden image for '%s': wrote %s. Look at it; if it is right, commit it and run"
                + " again.",
            name, golden);
      }
      BufferedImage expected = ImageIO.read(golden.toFile());
      assertThat(actual.getWidth()).as("width of %s", name).isEqualTo(expected.getWidth());
      assertThat(actual.getHeight()).as("height of %s", name).isEqualTo(expected.getHeight());
      BufferedImage diff =
          new BufferedImage(actual.getWidth(), actual.getHeight(), BufferedImage.TYPE_INT_RGB);
      long different = 0;
      for (int y = 0; y < actual.getHeight(); y++) {
        for (int x = 0; x < actual.getWidth(); x++) {
          int a = actual.getRGB(x, y) & 0xFF;
          int e = expected.getRGB(x, y) & 0xFF;
          boolean differs = Math.abs(a - e) > 48;
          if (differs) {
            different++;
          }
          diff.setRGB(x, y, differs ? 0xFF0000 : (a << 16 | a << 8 | a));
        }
      }
      long allowed = (long) actual.getWidth() * actual.getHeight() / 2000; // 0.05 %
      if (different > allowed) {
        Path out = MODULE.resolve("target/pdf-golden-actual");
        Files.createDirectories(out);
        ImageIO.write(actual, "png", out.resolve(name + ".png").toFile());
        ImageIO.write(diff, "png", out.resolve(name + "-diff.png").toFile());
        fail(
            "%s: %d pixels differ from %s (at most %d allowed); see %s",
            name, different, golden, allowed, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
