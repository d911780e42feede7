package fr.paris.teleservices.portal.pdf;

/** Helpers for the text given to a {@link PdfDocument}. */
public final class Pdf {

  /** LEFT-TO-RIGHT ISOLATE. */
  static final char LRI = '\u2066';

  /** RIGHT-TO-LEFT ISOLATE. */
  static final char RLI = '\u2067';

  /** POP DIRECTIONAL ISOLATE. */
  static final char PDI = '\u2069';

  private Pdf() {}

  /**
   * Marks {@code text} as a left-to-right island: a request number ("2026-000123"), a phone number
   * ("+33 1 23 45 67 89"), an e-mail address or a French name inside Arabic, Persian or Urdu text.
   * Without it the bidi algorithm reorders the groups of a phone number separated by spaces ("89 67
   * 45 23 1 33+"). Wrap the whole island — {@code ltr("N° 2026-000123")}, not {@code "N° " +
   * ltr("2026-000123")}, whose "N°" reads "°N" in Arabic. An island is kept on one line when it
   * fits. The isolate characters are invisible: they are never drawn.
   *
   * @return {@code text} between U+2066 and U+2069; {@code null} stays {@code null}
   */
  public static String ltr(String text) {
    return text == null ? null : LRI + text + PDI;
  }

  /** Marks {@code text} as a right-to-left island (an Arabic name inside French text). */
  public static String rtl(String text) {
    return text == null ? null : RLI + text + PDI;
  }
}
