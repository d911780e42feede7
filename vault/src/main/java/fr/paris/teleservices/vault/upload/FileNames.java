package fr.paris.teleservices.vault.upload;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a name sent by a device into harmless display metadata. The name is never used to store
 * anything (objects have random keys); it only comes back in a {@code Content-Disposition} header,
 * an export and a list, where path parts, control characters, bidi overrides (which make
 * {@code "fac\u202Efdp.exe"} display as {@code "facexe.pdf"}) and reserved device names could fool
 * a person or a program.
 */
public final class FileNames {

  private static final String FALLBACK = "document";
  private static final Pattern EXTENSION = Pattern.compile("\\.([A-Za-z0-9]{1,5})$");
  private static final Pattern ONLY_DIGITS = Pattern.compile("[0-9]+");
  private static final Set<String> WINDOWS_RESERVED =
      Set.of(
          "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8",
          "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

  private FileNames() {}

  /**
   * @return a name of at most {@code maxLength} characters ending with an extension that matches
   *     {@code type}
   */
  public static String sanitise(String declared, AllowedType type, int maxLength) {
    String name = declared == null ? "" : Normalizer.normalize(declared, Normalizer.Form.NFC);
    name = lastPathSegment(name);
    name = keepPrintable(name);
    name = name.replaceAll("\\s+", " ").strip();
    // Windows drops trailing dots and spaces; leading dots hide files on Unix.
    name = name.replaceAll("^[. ]+|[. ]+$", "");
    String extension = extension(name);
    String base = name;
    if (extension != null && type.acceptsExtension(extension.toLowerCase(Locale.ROOT))) {
      base = name.substring(0, name.length() - extension.length() - 1).replaceAll("[. ]+$", "");
    } else {
      extension = type.extension();
    }
    if (base.isEmpty()) {
      base = FALLBACK;
    }
    String stem = base.contains(".") ? base.substring(0, base.indexOf('.')) : base;
    if (WINDOWS_RESERVED.contains(stem.strip().toUpperCase(Locale.ROOT))) {
      base = "_" + base;
    }
    int room = Math.max(1, maxLength - extension.length() - 1);
    if (base.codePointCount(0, base.length()) > room) {
      base = base.substring(0, base.offsetByCodePoints(0, room)).strip();
    }
    return base + "." + extension;
  }

  /**
   * The extension of a declared name: 1 to 5 letters or digits after the last dot, not all digits
   * ("Scan 12.03.2024" has none).
   */
  static String extension(String name) {
    if (name == null) {
      return null;
    }
    var matcher = EXTENSION.matcher(name.strip());
    if (!matcher.find() || ONLY_DIGITS.matcher(matcher.group(1)).matches()) {
      return null;
    }
    return matcher.group(1);
  }

  private static String lastPathSegment(String name) {
    int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return cut >= 0 ? name.substring(cut + 1) : name;
  }

  private static String keepPrintable(String name) {
    StringBuilder kept = new StringBuilder(name.length());
    name.codePoints()
        .forEach(
            cp -> {
              int category = Character.getType(cp);
              boolean invisible =
                  category == Character.CONTROL // NUL, CR, LF, DEL…
                      || category == Character.FORMAT // bidi overrides and isolates, zero-width…
                      || category == Character.LINE_SEPARATOR
                      || category == Character.PARAGRAPH_SEPARATOR
                      || category == Character.SURROGATE
                      || category == Character.PRIVATE_USE
                      || category == Character.UNASSIGNED;
              if (invisible) {
                return;
              }
              // Characters Windows forbids in names, and quotes that break header syntax.
              kept.appendCodePoint("<>:\"|?*".indexOf(cp) >= 0 ? '_' : cp);
            });
    return kept.toString();
  }
}
