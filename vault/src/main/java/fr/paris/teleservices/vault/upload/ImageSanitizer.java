package fr.paris.teleservices.vault.upload;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Semaphore;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Decodes an uploaded image and re-encodes its pixels only, so that metadata (EXIF with the GPS
 * position of the person's home, comments, thumbnails) and anything appended to the file
 * (polyglots) is left behind.
 *
 * <p>Memory is bounded before decoding: the dimensions are read from the header; above {@code
 * maxPixels} the image is refused (a few bytes of PNG can announce 100,000 × 100,000 pixels), and
 * above the decoding budget it is decoded subsampled (a 48-megapixel photo is still legible at a
 * quarter of its pixels). A semaphore bounds how many images are decoded at once.
 */
public final class ImageSanitizer {

  private static final float JPEG_QUALITY = 0.9f;
  /** Bytes per pixel assumed for the budget: the widest common decoded form (8-bit ARGB). */
  private static final int BUDGET_BYTES_PER_PIXEL = 4;

  private final long maxPixels;
  private final long decodeBudgetBytes;
  private final Semaphore decoders;

  public ImageSanitizer(long maxPixels, long decodeBudgetBytes, int concurrentDecodes) {
    this.maxPixels = maxPixels;
    this.decodeBudgetBytes = decodeBudgetBytes;
    this.decoders = new Semaphore(concurrentDecodes, true);
  }

  /**
   * Re-encodes {@code source} (detected as {@code type}) into {@code target}, as {@code output}.
   *
   * @param output JPEG or PNG; page photos become JPEG whatever they came as
   */
  public void sanitise(Path source, AllowedType type, Path target, AllowedType output) {
    decoders.acquireUninterruptibly();
    try {
      BufferedImage image = decode(source, type);
      if (type == AllowedType.JPEG) {
        image = orient(image, ExifOrientation.of(source));
      }
      write(image, output, target);
    } finally {
      decoders.release();
    }
  }

  private BufferedImage decode(Path source, AllowedType type) {
    try (ImageInputStream in = ImageIO.createImageInputStream(source.toFile())) {
      Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type.contentType());
      if (in == null || !readers.hasNext()) {
        throw new UploadRefusedException(RefusalReason.IMAGE_UNREADABLE);
      }
      ImageReader reader = readers.next();
      try {
        // Metadata is ignored, not parsed: it is where compressed-text bombs hide in PNGs.
        reader.setInput(in, true, true);
        long width = reader.getWidth(0);
        long height = reader.getHeight(0);
        if (width <= 0 || height <= 0) {
          throw new UploadRefusedException(RefusalReason.IMAGE_UNREADABLE);
        }
        if (width * height > maxPixels) {
          throw new UploadRefusedException(RefusalReason.IMAGE_TOO_LARGE_PIXELS);
        }
        ImageReadParam param = reader.getDefaultReadParam();
        int step = subsampling(width, height, reader.getRawImageType(0));
        param.setSourceSubsampling(step, step, 0, 0);
        BufferedImage image = reader.read(0, param);
        if (image == null) {
          throw new UploadRefusedException(RefusalReason.IMAGE_UNREADABLE);
        }
        return image;
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof UploadRefusedException refused) {
        throw refused;
      }
      throw new UploadRefusedException(RefusalReason.IMAGE_UNREADABLE, e);
    }
  }

  /** The smallest subsampling step that keeps the decoded image within the budget. */
  private int subsampling(long width, long height, ImageTypeSpecifier raw) {
    int bytesPerPixel = BUDGET_BYTES_PER_PIXEL;
    if (raw != null) {
      int bits = 0;
      for (int size : raw.getSampleModel().getSampleSize()) {
        bits += size;
      }
      bytesPerPixel = Math.max(bytesPerPixel, (bits + 7) / 8);
    }
    long budgetPixels = decodeBudgetBytes / bytesPerPixel;
    int step = 1;
    while (((width + step - 1) / step) * ((height + step - 1) / step) > budgetPixels) {
      step++;
    }
    return step;
  }

  /** Applies an EXIF orientation (1–8) to the pixels. */
  private static BufferedImage orient(BufferedImage image, int orientation) {
    if (orientation == ExifOrientation.NORMAL) {
      return image;
    }
    int w = image.getWidth();
    int h = image.getHeight();
    boolean swap = orientation >= 5;
    AffineTransform t = new AffineTransform();
    switch (orientation) {
      case 2 -> t.setTransform(-1, 0, 0, 1, w, 0); // mirrored
      case 3 -> t.setTransform(-1, 0, 0, -1, w, h); // upside down
      case 4 -> t.setTransform(1, 0, 0, -1, 0, h); // mirrored upside down
      case 5 -> t.setTransform(0, 1, 1, 0, 0, 0); // transposed
      case 6 -> t.setTransform(0, 1, -1, 0, h, 0); // rotate 90° clockwise
      case 7 -> t.setTransform(0, -1, -1, 0, h, w); // transversed
      case 8 -> t.setTransform(0, -1, 1, 0, 0, w); // rotate 90° counter-clockwise
      default -> {
        return image;
      }
    }
    BufferedImage turned = new BufferedImage(swap ? h : w, swap ? w : h, opaqueType(image));
    Graphics2D g = turned.createGraphics();
    try {
      g.drawImage(image, t, null);
    } finally {
      g.dispose();
    }
    return turned;
  }

  private static void write(BufferedImage image, AllowedType output, Path target) {
    BufferedImage pixels = output == AllowedType.JPEG ? opaque(image) : image;
    ImageWriter writer = ImageIO.getImageWritersByMIMEType(output.contentType()).next();
    // A file target, not a stream: ImageIO would otherwise cache the pixels in java.io.tmpdir.
    try (ImageOutputStream out = ImageIO.createImageOutputStream(target.toFile())) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      if (output == AllowedType.JPEG) {
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
      }
      // No metadata argument: the writer emits only what decoding the pixels requires.
      writer.write(null, new IIOImage(pixels, null, null), param);
    } catch (IOException | RuntimeException e) {
      throw new UploadRefusedException(RefusalReason.IMAGE_UNREADABLE, e);
    } finally {
      writer.dispose();
    }
  }

  /** JPEG has no alpha channel: transparent areas become white, as on paper. */
  private static BufferedImage opaque(BufferedImage image) {
    int type = image.getType();
    if (type == BufferedImage.TYPE_3BYTE_BGR || type == BufferedImage.TYPE_BYTE_GRAY || type == BufferedImage.TYPE_INT_RGB) {
      return image;
    }
    BufferedImage opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = opaque.createGraphics();
    try {
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return opaque;
  }

  private static int opaqueType(BufferedImage image) {
    return image.getType() == BufferedImage.TYPE_BYTE_GRAY ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR;
  }
}
