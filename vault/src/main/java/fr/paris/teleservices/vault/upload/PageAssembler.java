package fr.paris.teleservices.vault.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Assembles page photos (already re-encoded JPEGs) into one PDF, one A4 page per photo, in the
 * orientation that fits it best: a passport photographed page by page becomes one document that
 * prints like the original. The JPEG data is embedded as is (DCTDecode), not decoded again.
 */
public final class PageAssembler {

  /** A4 margins, so that printers do not crop the edges of the paper. */
  private static final float MARGIN = 18f;

  private final MemoryUsageSetting scratch;

  /** @param scratchDirectory where PDFBox buffers the document being built (never java.io.tmpdir) */
  public PageAssembler(Path scratchDirectory) {
    this.scratch = MemoryUsageSetting.setupTempFileOnly().setTempDir(scratchDirectory.toFile());
  }

  public void assemble(List<Path> jpegPages, Path pdf) {
    try (PDDocument document = new PDDocument(scratch.streamCache)) {
      for (Path jpeg : jpegPages) {
        PDImageXObject image;
        try (InputStream in = Files.newInputStream(jpeg)) {
          image = JPEGFactory.createFromStream(document, in);
        }
        boolean landscape = image.getWidth() > image.getHeight();
        PDRectangle a4 = landscape ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4;
        PDPage page = new PDPage(a4);
        document.addPage(page);
        float scale =
            Math.min((a4.getWidth() - 2 * MARGIN) / image.getWidth(), (a4.getHeight() - 2 * MARGIN) / image.getHeight());
        float width = image.getWidth() * scale;
        float height = image.getHeight() * scale;
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.drawImage(image, (a4.getWidth() - width) / 2, (a4.getHeight() - height) / 2, width, height);
        }
      }
      document.save(pdf.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not assemble the pages", e);
    }
  }
}
