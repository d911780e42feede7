package fr.paris.teleservices.portal.it.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Files a person would send: photos of papers, made on the fly (no binary in the repository). */
public final class SampleFiles {

  private SampleFiles() {}

  /** A PNG "photo" of a paper, with a visible label. */
  public static Path photo(String label) {
    try {
      BufferedImage image = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = image.createGraphics();
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, 600, 400);
      g.setColor(Color.DARK_GRAY);
      g.drawString(label, 40, 60);
      g.dispose();
      Path file = Files.createTempFile("scan-", ".png");
      ImageIO.write(image, "png", file.toFile());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A text file pretending to be a PDF: the vault must refuse it. */
  public static Path fakePdf() {
    try {
      Path file = Files.createTempFile("fake-", ".pdf");
      Files.writeString(file, "<html><script>alert(1)</script></html>");
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
