package fr.paris.teleservices.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * How far each language is translated, and whether a human translator who speaks it has reviewed
 * it. Texts written without a native reviewer are marked "not reviewed", honestly: the file
 * {@code i18n/translation-status.properties} says who did what.
 */
public final class TranslationStatus {

  /** One language's state. */
  public record Entry(
      Language language, int translatedKeys, int referenceKeys, boolean reviewed, String translatedBy, String reviewedBy) {

    public int percent() {
      return referenceKeys == 0 ? 100 : (int) Math.floor(100.0 * translatedKeys / referenceKeys);
    }
  }

  private TranslationStatus() {}

  public static List<Entry> all() {
    Properties status = read();
    List<Entry> entries = new ArrayList<>();
    for (Language language : Languages.all()) {
      int reference = 0;
      int translated = 0;
      for (String family : Bundles.FAMILIES) {
        Map<String, String> french = Bundles.family(family, Languages.REFERENCE);
        Map<String, String> texts = Bundles.family(family, language.code());
        reference += french.size();
        translated += (int) french.keySet().stream().filter(texts::containsKey).count();
      }
      String prefix = language.code() + ".";
      entries.add(
          new Entry(
              language,
              translated,
              reference,
              Boolean.parseBoolean(status.getProperty(prefix + "reviewed", "false")),
              status.getProperty(prefix + "translated-by", ""),
              status.getProperty(prefix + "reviewed-by", "")));
    }
    return entries;
  }

  private static Properties read() {
    Properties status = new Properties();
    try (InputStream in =
        TranslationStatus.class.getClassLoader().getResourceAsStream("i18n/translation-status.properties")) {
      if (in != null) {
        status.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return status;
  }
}
