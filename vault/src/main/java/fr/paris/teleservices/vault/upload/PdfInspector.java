package fr.paris.teleservices.vault.upload;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Refuses PDFs that can act when opened: JavaScript, launch and submit actions, additional
 * actions, embedded files, rich media, XFA forms. Every object of the cross-reference table
 * (including those packed in object streams, and names written with {@code #xx} escapes, which
 * PDFBox decodes) is examined, not only the catalog, since a viewer may reach any of them.
 *
 * <p>An {@code /OpenAction} that is a plain destination (an array: "open at page 1, fit width", as
 * LibreOffice writes) is accepted; an {@code /OpenAction} that is an action dictionary is refused.
 * PDFs that need a password to open cannot be inspected and are refused; PDFs with only an owner
 * password (printing or editing restrictions, common for bank and CAF statements) open with the
 * empty password and are inspected like any other.
 */
public final class PdfInspector {

  private static final Set<String> ACTIVE_KEYS =
      Set.of("JS", "JavaScript", "AA", "EmbeddedFile", "EmbeddedFiles", "EF", "RichMedia", "RichMediaContent", "XFA");
  private static final Set<String> ACTIVE_VALUES =
      Set.of(
          "JavaScript", "Launch", "EmbeddedFile", "FileAttachment", "RichMedia", "GoToE", "GoToR", "ImportData",
          "SubmitForm", "Rendition");
  /** Deeper nesting of direct objects is not something a real document needs. */
  private static final int MAX_DEPTH = 64;
  /** Far beyond real documents; bounds the work a crafted object stream can cause. */
  private static final int MAX_OBJECTS = 500_000;

  private final MemoryUsageSetting scratch;

  /**
   * @param scratchDirectory where PDFBox may cache decoded object streams (never the heap)
   * @param scratchLimit bytes of such cache before the PDF is refused: a compressed object stream
   *     can inflate a thousandfold
   */
  public PdfInspector(Path scratchDirectory, long scratchLimit) {
    this.scratch = MemoryUsageSetting.setupTempFileOnly(scratchLimit).setTempDir(scratchDirectory.toFile());
  }

  public void inspect(Path pdf) {
    try (PDDocument document = Loader.loadPDF(pdf.toFile(), "", scratch.streamCache)) {
      var cos = document.getDocument();
      if (cos.getXrefTable().size() > MAX_OBJECTS) {
        throw new UploadRefusedException(RefusalReason.PDF_ENCRYPTED_OR_UNREADABLE);
      }
      examine(cos.getTrailer(), 0);
      for (COSObjectKey key : cos.getXrefTable().keySet()) {
        COSObject object = cos.getObjectFromPool(key);
        examine(object.getObject(), 0);
      }
    } catch (InvalidPasswordException e) {
      throw new UploadRefusedException(RefusalReason.PDF_ENCRYPTED_OR_UNREADABLE, e);
    } catch (IOException | RuntimeException e) {
      if (e instanceof UploadRefusedException refused) {
        throw refused;
      }
      throw new UploadRefusedException(RefusalReason.PDF_ENCRYPTED_OR_UNREADABLE, e);
    }
  }

  /** Examines one object and the direct objects inside it; references are examined on their own. */
  private void examine(COSBase object, int depth) {
    if (depth > MAX_DEPTH) {
      throw new UploadRefusedException(RefusalReason.PDF_ENCRYPTED_OR_UNREADABLE);
    }
    if (object instanceof COSName name) {
      if (ACTIVE_VALUES.contains(name.getName())) {
        throw new UploadRefusedException(RefusalReason.PDF_ACTIVE_CONTENT);
      }
    } else if (object instanceof COSDictionary dictionary) {
      for (var entry : dictionary.entrySet()) {
        String key = entry.getKey().getName();
        if (ACTIVE_KEYS.contains(key)) {
          throw new UploadRefusedException(RefusalReason.PDF_ACTIVE_CONTENT);
        }
        if (key.equals("OpenAction") && dictionary.getDictionaryObject(COSName.OPEN_ACTION) instanceof COSDictionary) {
          throw new UploadRefusedException(RefusalReason.PDF_ACTIVE_CONTENT);
        }
        examine(entry.getValue(), depth + 1);
      }
    } else if (object instanceof COSArray array) {
      for (int i = 0; i < array.size(); i++) {
        examine(array.get(i), depth + 1);
      }
    }
  }
}
