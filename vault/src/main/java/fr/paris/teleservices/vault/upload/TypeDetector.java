package fr.paris.teleservices.vault.upload;

import java.util.Locale;
import org.apache.tika.Tika;

/**
 * Decides an upload's type from its first bytes (Apache Tika's magic-byte detection, which never
 * looks at the name), then checks that what the person's device declared — content type and file
 * name extension — agrees. A disagreement is refused: it is how a renamed HTML page or executable
 * presents itself.
 */
public final class TypeDetector {

  /** Enough for every magic the allowlist and the refusal reasons need. */
  public static final int HEAD_LENGTH = 64 * 1024;

  private static final String OCTET_STREAM = "application/octet-stream";

  private final Tika tika = new Tika();

  /**
   * @param head the first bytes of the upload (up to {@link #HEAD_LENGTH})
   * @param declaredName the name the device sent, may be null
   * @param declaredContentType the content type the device sent, may be null
   */
  public AllowedType decide(byte[] head, String declaredName, String declaredContentType) {
    AllowedType type = detect(head);
    String declared = normalise(declaredContentType);
    if (declared != null && !type.acceptsDeclaredType(declared)) {
      throw new UploadRefusedException(RefusalReason.TYPE_MISMATCH);
    }
    String extension = FileNames.extension(declaredName);
    if (extension != null && !type.acceptsExtension(extension.toLowerCase(Locale.ROOT))) {
      throw new UploadRefusedException(RefusalReason.TYPE_MISMATCH);
    }
    return type;
  }

  private AllowedType detect(byte[] head) {
    String detected = tika.detect(head);
    switch (detected) {
      case "application/pdf":
        return AllowedType.PDF;
      case "image/jpeg":
        return AllowedType.JPEG;
      case "image/png":
        return AllowedType.PNG;
      case "image/svg+xml":
        // An image to a person, a scriptable document to a browser.
        throw new UploadRefusedException(RefusalReason.TYPE_NOT_ALLOWED);
      default:
        throw new UploadRefusedException(
            detected.startsWith("image/") ? RefusalReason.IMAGE_FORMAT_NOT_SUPPORTED : RefusalReason.TYPE_NOT_ALLOWED);
    }
  }

  /** Lower case without parameters; null when the device declared nothing useful. */
  private static String normalise(String contentType) {
    if (contentType == null) {
      return null;
    }
    int semicolon = contentType.indexOf(';');
    String type = (semicolon >= 0 ? contentType.substring(0, semicolon) : contentType).trim().toLowerCase(Locale.ROOT);
    // Browsers and phones send these when they do not know: no claim, nothing to contradict.
    return type.isEmpty() || type.equals(OCTET_STREAM) || type.equals("binary/octet-stream") ? null : type;
  }
}
