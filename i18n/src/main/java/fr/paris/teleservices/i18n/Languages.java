package fr.paris.teleservices.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the portal speaks: French first — the reference every other bundle is checked
 * against, and the fallback for any missing text — then the languages most spoken by the people
 * the social services of Paris receive (PEPS had 22), and easy-read French (FALC).
 */
public final class Languages {

  public static final String REFERENCE = "fr";

  private static final List<Language> ALL =
      List.of(
          new Language("fr", "fr", "Français", Direction.LTR, null),
          new Language("falc", "fr", "Français facile à lire", Direction.LTR, "fr", true),
          new Language("en", "en", "English", Direction.LTR, "fr"),
          new Language("ar", "ar", "العربية", Direction.RTL, "fr"),
          new Language("es", "es", "Español", Direction.LTR, "fr"),
          new Language("pt", "pt", "Português", Direction.LTR, "fr"),
          new Language("it", "it", "Italiano", Direction.LTR, "fr"),
          new Language("ro", "ro", "Română", Direction.LTR, "fr"),
          new Language("ru", "ru", "Русский", Direction.LTR, "fr"),
          new Language("uk", "uk", "Українська", Direction.LTR, "fr"),
          new Language("pl", "pl", "Polski", Direction.LTR, "fr"),
          new Language("tr", "tr", "Türkçe", Direction.LTR, "fr"),
          new Language("ka", "ka", "ქართული", Direction.LTR, "fr"),
          new Language("sq", "sq", "Shqip", Direction.LTR, "fr"),
          new Language("zh", "zh-Hans", "简体中文", Direction.LTR, "fr"),
          new Language("vi", "vi", "Tiếng Việt", Direction.LTR, "fr"),
          new Language("ta", "ta", "தமிழ்", Direction.LTR, "fr"),
          new Language("bn", "bn", "বাংলা", Direction.LTR, "fr"),
          new Language("ur", "ur", "اردو", Direction.RTL, "fr"),
          new Language("fa", "fa", "فارسی", Direction.RTL, "fr"),
          new Language("prs", "fa-AF", "دری", Direction.RTL, "fr"),
          new Language("ps", "ps", "پښتو", Direction.RTL, "fr"),
          new Language("ti", "ti", "ትግርኛ", Direction.LTR, "fr"),
          new Language("am", "am", "አማርኛ", Direction.LTR, "fr"),
          new Language("so", "so", "Soomaali", Direction.LTR, "fr"));

  private Languages() {}

  public static List<Language> all() {
    return ALL;
  }

  public static Language reference() {
    return ALL.get(0);
  }

  public static Optional<Language> byCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String wanted = code.trim().toLowerCase(Locale.ROOT);
    return ALL.stream().filter(l -> l.code().equals(wanted)).findFirst();
  }

  /** The language for a code, or French when the code is unknown. */
  public static Language orReference(String code) {
    return byCode(code).orElse(reference());
  }

  /**
   * Picks the best language for an {@code Accept-Language} header (first visit, no choice made
   * yet): the first range the portal speaks, by the header's weights; French otherwise. Easy-read
   * French is a choice a person makes, never a guess.
   */
  public static Language negotiate(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return reference();
    }
    List<Locale.LanguageRange> ranges;
    try {
      ranges = Locale.LanguageRange.parse(acceptLanguage);
    } catch (IllegalArgumentException malformed) {
      return reference();
    }
    List<Language> offered = ALL.stream().filter(l -> !l.easyRead()).toList();
    List<Locale> locales = new ArrayList<>();
    for (Language language : offered) {
      locales.add(language.locale());
    }
    Locale match = Locale.lookup(ranges, locales);
    if (match != null) {
      for (Language language : offered) {
        if (language.locale().equals(match)) {
          return language;
        }
      }
    }
    for (Locale.LanguageRange range : ranges) {
      String primary = range.getRange().split("-")[0];
      for (Language language : offered) {
        // "prs" (Dari) is the code browsers may send; its tag is fa-AF
        if (language.locale().getLanguage().equals(primary) || language.code().equals(primary)) {
          return language;
        }
      }
    }
    return reference();
  }
}
