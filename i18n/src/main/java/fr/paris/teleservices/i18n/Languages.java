package fr.paris.teleservices.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the portal speaks, French first: French is the reference every other bundle is
 * checked against, and the fallback for any missing text.
 */
public final class Languages {

  public static final String REFERENCE = "fr";

  private static final List<Language> ALL =
      List.of(
          new Language("fr", "fr", "Français", Direction.LTR, null),
          new Language("en", "en", "English", Direction.LTR, "fr"),
          new Language("ar", "ar", "العربية", Direction.RTL, "fr"));

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
   * yet): the first range the portal speaks, by the header's weights; French otherwise.
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
    List<Locale> offered = new ArrayList<>();
    for (Language language : ALL) {
      offered.add(language.locale());
    }
    Locale match = Locale.lookup(ranges, offered);
    if (match == null) {
      for (Locale.LanguageRange range : ranges) {
        String primary = range.getRange().split("-")[0];
        Optional<Language> byPrimary = byCode(primary);
        if (byPrimary.isPresent()) {
          return byPrimary.get();
        }
      }
      return reference();
    }
    return ALL.stream()
        .filter(l -> l.locale().equals(match))
        .findFirst()
        .orElse(reference());
  }
}
