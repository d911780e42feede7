package fr.paris.teleservices.i18n;

import com.ibm.icu.text.MessageFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts of one language. Patterns are ICU {@link MessageFormat}s so that numbers follow CLDR
 * plural rules ("1 pièce manquante", "2 pièces manquantes"; Arabic has six forms), which
 * {@code java.text.MessageFormat} cannot express.
 *
 * <p>A key missing from the language falls back to its fallback language (ultimately French). A key
 * missing everywhere is returned as {@code ???key???} so that a test or a reviewer sees it at once.
 */
public final class Messages {

  private static final Map<String, Messages> BY_LANGUAGE = new ConcurrentHashMap<>();

  private final Language language;
  private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

  private Messages(Language language) {
    this.language = language;
  }

  public static Messages of(Language language) {
    return BY_LANGUAGE.computeIfAbsent(language.code(), c -> new Messages(language));
  }

  public static Messages of(String languageCode) {
    return of(Languages.orReference(languageCode));
  }

  public Language language() {
    return language;
  }

  /** Whether this language or one of its fallbacks has the key. */
  public boolean has(String key) {
    return pattern(key) != null;
  }

  /** The text for a key without arguments. */
  public String get(String key) {
    return format(key);
  }

  /** The text for a key, its placeholders filled with the arguments in order ({0}, {1}…). */
  public String format(String key, Object... args) {
    String pattern = pattern(key);
    if (pattern == null) {
      return "???" + key + "???";
    }
    return formatter(key, pattern).format(args);
  }

  /** The text for a key whose placeholders are named ({count}, {number}…). */
  public String format(String key, Map<String, Object> args) {
    String pattern = pattern(key);
    if (pattern == null) {
      return "???" + key + "???";
    }
    return formatter(key, pattern).format(args);
  }

  /**
   * A private copy of the key's parsed pattern: ICU formats are not thread-safe, and pages and the
   * SMS dispatcher format the same keys on many threads at once. Cloning skips the parsing.
   */
  private MessageFormat formatter(String key, String pattern) {
    MessageFormat parsed = formats.computeIfAbsent(key, k -> new MessageFormat(pattern, language.uLocale()));
    return (MessageFormat) parsed.clone();
  }

  private String pattern(String key) {
    Language current = language;
    while (current != null) {
      String text = Bundles.texts(current.code()).get(key);
      if (text != null) {
        return text;
      }
      current = current.fallback() == null ? null : Languages.byCode(current.fallback()).orElse(null);
    }
    return null;
  }
}
