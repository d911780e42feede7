package fr.paris.teleservices.vault.upload;

import fr.paris.teleservices.vault.spool.SpoolDirectory;
import fr.paris.teleservices.vault.spool.SpoolFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The inspection steps an upload goes through, in the order a deposit calls them: open (size limit,
 * type, name), spool, then check a PDF or re-encode an image, or assemble page photos.
 */
public final class UploadIntake {

  /** An upload whose type and name are decided; {@code content} replays it from its first byte. */
  public record Opened(AllowedType type, String fileName, InputStream content) {}

  private final SpoolDirectory spool;
  private final TypeDetector detector = new TypeDetector();
  private final PdfInspector pdfInspector;
  private final PageAssembler pageAssembler;
  private final ImageSanitizer images;
  private final int maxFileNameLength;

  public UploadIntake(SpoolDirectory spool, ImageSanitizer images, long maxDocumentBytes, int maxFileNameLength) {
    this.spool = spool;
    this.images = images;
    this.maxFileNameLength = maxFileNameLength;
    this.pdfInspector = new PdfInspector(spool.path(), Math.max(64L * 1024 * 1024, 4 * maxDocumentBytes));
    this.pageAssembler = new PageAssembler(spool.path());
  }

  /**
   * Starts reading an upload: refuses it past {@code limit} bytes (with {@code overLimit}), decides
   * its type from its first bytes and checks what the device declared.
   */
  public Opened open(InputStream content, long limit, RefusalReason overLimit, String declaredName, String declaredType) {
    LimitedInputStream limited = new LimitedInputStream(content, limit, overLimit);
    byte[] head;
    try {
      head = limited.readNBytes(TypeDetector.HEAD_LENGTH);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (head.length == 0) {
      throw new UploadRefusedException(RefusalReason.EMPTY);
    }
    AllowedType type = detector.decide(head, declaredName, declaredType);
    String fileName = FileNames.sanitise(declaredName, type, maxFileNameLength);
    return new Opened(type, fileName, new SequenceInputStream(new ByteArrayInputStream(head), limited));
  }

  /** A spool file for a copy made while the upload streams elsewhere (a PDF being uploaded). */
  public SpoolFile emptySpoolFile() {
    return spool.create();
  }

  /** Copies an opened upload to a spool file (the limit still applies). */
  public SpoolFile spool(Opened opened) {
    SpoolFile file = spool.create();
    try (OutputStream out = file.output()) {
      opened.content().transferTo(out);
      return file;
    } catch (IOException | RuntimeException e) {
      file.close();
      throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
    }
  }

  /** Refuses a PDF with active or embedded content, or one that cannot be opened. */
  public void checkPdf(Path pdf) {
    pdfInspector.inspect(pdf);
  }

  /** Re-encodes an image without its metadata, as {@code output}, into a new spool file. */
  public SpoolFile sanitiseImage(Path image, AllowedType type, AllowedType output) {
    SpoolFile clean = spool.create();
    try {
      images.sanitise(image, type, clean.path(), output);
      return clean;
    } catch (RuntimeException e) {
      clean.close();
      throw e;
    }
  }

  /** One PDF from page photos already re-encoded as JPEG, in a new spool file. */
  public SpoolFile assemblePages(List<Path> jpegPages) {
    SpoolFile pdf = spool.create();
    try {
      pageAssembler.assemble(jpegPages, pdf.path());
      return pdf;
    } catch (RuntimeException e) {
      pdf.close();
      throw e;
    }
  }
}
