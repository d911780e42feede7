package fr.paris.teleservices.portal.pdf;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;

/**
 * Font fallback: picks, for every character of a paragraph, the shipped face that draws it.
 *
 * <p>No single font covers Latin, Arabic, Tamil, Bengali, Georgian, Ethiopic and Han, so each
 * character goes to the face of its Unicode script ({@link UScript}). Characters common to all
 * scripts (spaces, digits, punctuation) and combining marks follow their neighbour in the same bidi
 * run, so that an Arabic phrase with its spaces is shaped as one run, and only leave it when that
 * face lacks them (Noto Naskh Arabic has no parentheses, Noto Sans Ethiopic no Latin digits: those
 * come from Noto Sans). A number inside Arabic text is a run of its own (left to right): it is
 * drawn in Noto Sans like the numbers of the French text beside it.
 */
final class FontChooser {

  private final FontFace arabic;

  /**
   * Urdu is written in Nastaliq, whose shapes differ from Naskh; the other Arabic-script languages
   * of the portal (Arabic, Persian, Dari, Pashto) read Naskh.
   */
  FontChooser(ULocale locale) {
    this.arabic = "ur".equals(locale.getLanguage()) ? FontFace.NASTALIQ : FontFace.NASKH;
  }

  /**
   * Characters never given to the shaper and never drawn: bidi controls (LRI, PDI, LRM…), soft
   * hyphens, zero-width spaces and other default-ignorable code points, which most fonts lack and
   * would show as boxes. Joiners (ZWJ, ZWNJ — Persian needs ZWNJ), the combining grapheme joiner
   * and variation selectors change the shaping, so they stay: their glyphs are dropped after it.
   */
  static boolean isInvisible(int codePoint) {
    if (codePoint == 0x200C
        || codePoint == 0x200D
        || codePoint == 0x034F
        || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)) {
      return false;
    }
    return UCharacter.hasBinaryProperty(codePoint, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
        || UCharacter.getType(codePoint) == UCharacter.CONTROL;
  }

  /**
   * The face for every UTF-16 unit of {@code text}; {@code null} for invisible characters.
   *
   * @param levels the bidi embedding level of every UTF-16 unit
   */
  FontFace[] assign(String text, boolean bold, byte[] levels) {
    int length = text.length();
    FontFace[] faces = new FontFace[length];
    int[] scripts = new int[length];
    // First pass: characters of a definite script.
    for (int i = 0; i < length; ) {
      int cp = text.codePointAt(i);
      int units = Character.charCount(cp);
      int script = isInvisible(cp) ? UScript.INVALID_CODE : UScript.getScript(cp);
      for (int k = 0; k < units; k++) {
        scripts[i + k] = script;
      }
      if (script != UScript.INVALID_CODE
          && script != UScript.COMMON
          && script != UScript.INHERITED
          && script != UScript.UNKNOWN) {
        set(faces, i, units, style(covering(forScript(script), cp), bold, cp));
      }
      i += units;
    }
    // Second pass: common and inherited characters take a neighbour's face when it can draw them.
    for (int i = 0; i < length; ) {
      int cp = text.codePointAt(i);
      int units = Character.charCount(cp);
      int script = scripts[i];
      if (faces[i] == null && script != UScript.INVALID_CODE) {
        FontFace before = previous(faces, levels, i);
        FontFace after = script == UScript.INHERITED ? null : next(faces, levels, i, i + units);
        FontFace chosen;
        if (before != null && before.canDisplay(cp)) {
          chosen = before;
        } else if (after != null && after.canDisplay(cp)) {
          chosen = after;
        } else {
          chosen = style(covering(FontFace.SANS, cp), bold, cp);
        }
        set(faces, i, units, chosen);
      }
      i += units;
    }
    return faces;
  }

  /** The primary face of a script, regular weight. */
  FontFace forScript(int script) {
    return switch (script) {
      case UScript.ARABIC -> arabic;
      case UScript.TAMIL -> FontFace.TAMIL;
      case UScript.BENGALI -> FontFace.BENGALI;
      case UScript.GEORGIAN -> FontFace.GEORGIAN;
      case UScript.ETHIOPIC -> FontFace.ETHIOPIC;
      case UScript.HAN, UScript.HIRAGANA, UScript.KATAKANA, UScript.BOPOMOFO -> FontFace.CJK;
      default -> FontFace.SANS; // Latin (incl. Vietnamese), Greek, Cyrillic and the rest
    };
  }

  /** {@code preferred} when it has the character, otherwise the first shipped face that has it. */
  private static FontFace covering(FontFace preferred, int cp) {
    if (preferred.canDisplay(cp)) {
      return preferred;
    }
    for (FontFace face : FontFace.values()) {
      if (face == face.bold() && face != FontFace.CJK) {
        continue; // bold faces are chosen by style(), not by coverage
      }
      if (face.canDisplay(cp)) {
        return face;
      }
    }
    return preferred; // nothing has it: the preferred face draws its .notdef box
  }

  private static FontFace style(FontFace regular, boolean bold, int cp) {
    if (!bold) {
      return regular;
    }
    FontFace heavy = regular.bold();
    return heavy.canDisplay(cp) ? heavy : regular;
  }

  /** The face of the closest character before {@code index} in the same bidi run. */
  private static FontFace previous(FontFace[] faces, byte[] levels, int index) {
    for (int i = index - 1; i >= 0 && levels[i] == levels[index]; i--) {
      if (faces[i] != null) {
        return faces[i];
      }
    }
    return null;
  }

  /**
   * The face of the closest character from {@code from} on in the same bidi run as {@code index}.
   */
  private static FontFace next(FontFace[] faces, byte[] levels, int index, int from) {
    for (int i = from; i < faces.length && levels[i] == levels[index]; i++) {
      if (faces[i] != null) {
        return faces[i];
      }
    }
    return null;
  }

  private static void set(FontFace[] faces, int index, int units, FontFace face) {
    for (int k = 0; k < units; k++) {
      faces[index + k] = face;
    }
  }
}
