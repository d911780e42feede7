package fr.paris.teleservices.vault.upload;

import java.util.Locale;

/** Why an upload was refused; each maps to a message for the person ({@link #messageKey()}). */
public enum RefusalReason {
  EMPTY,
  TOO_LARGE,
  QUOTA_EXCEEDED,
  TOO_MANY_PAGES,
  /** Not a PDF, JPEG or PNG (archives, HTML, SVG, text, executables…). */
  TYPE_NOT_ALLOWED,
  /** An image format we do not accept (WebP, HEIC, GIF, TIFF…): the person can send a JPEG photo. */
  IMAGE_FORMAT_NOT_SUPPORTED,
  /** The declared content type or the file name's extension says something else than the content. */
  TYPE_MISMATCH,
  PDF_ACTIVE_CONTENT,
  PDF_ENCRYPTED_OR_UNREADABLE,
  IMAGE_UNREADABLE,
  IMAGE_TOO_LARGE_PIXELS,
  MALWARE_DETECTED,
  /** An antivirus is configured but did not answer: refused rather than kept unscanned. */
  ANTIVIRUS_UNAVAILABLE,
  STORAGE_UNAVAILABLE,
  /** The expiry date precedes the issue date. */
  INVALID_DATES;

  /** The portal's message bundle key, e.g. {@code vault.upload.refused.too_large}. */
  public String messageKey() {
    return "vault.upload.refused." + name().toLowerCase(Locale.ROOT);
  }
}
