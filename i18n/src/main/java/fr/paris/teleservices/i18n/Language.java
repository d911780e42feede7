package fr.paris.teleservices.i18n;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.Locale;

/**
 * One language of the portal.
 *
 * @param code the code used in bundle file names, URLs ({@code ?lang=}) and account preferences
 * @param tag the BCP 47 tag written in {@code lang} and {@code hreflang} attributes
 * @param nativeName the language's name in its own script, as shown in the language switcher
 * @param direction left-to-right or right-to-left
 * @param fallback the language whose text is used for a key this one lacks ({@code null} for French)
 * @param easyRead whether this is an easy-read variant (FALC) that rewrites only the texts usagers
 *     read and falls back to its base language for the others
 */
public record Language(
    String code, String tag, String nativeName, Direction direction, String fallback, boolean easyRead) {

  public Language(String code, String tag, String nativeName, Direction direction, String fallback) {
    this(code, tag, nativeName, direction, fallback, false);
  }

  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }

  public ULocale uLocale() {
    return ULocale.forLanguageTag(tag);
  }

  public boolean rightToLeft() {
    return direction == Direction.RTL;
  }

  /** The CLDR plural rules of the language (Arabic has six forms, Russian four…). */
  public PluralRules pluralRules() {
    return PluralRules.forLocale(uLocale());
  }
}
