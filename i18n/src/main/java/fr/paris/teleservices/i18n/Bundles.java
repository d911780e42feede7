package fr.paris.teleservices.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the UTF-8 {@code .properties} bundles under {@code i18n/} on the classpath: one file per
 * family and language, {@code <family>_<code>.properties} — the layout translation tools such as
 * Weblate read. Families split the texts by product part so that each part's texts are edited
 * in one place; keys are unique across families.
 */
public final class Bundles {

  /** Every bundle family, in lookup order. */
  public static final List<String> FAMILIES =
      List.of("messages", "sms", "catalog", "requests", "vault", "domiciliation", "agent");

  private static final Map<String, Map<String, String>> CACHE = new ConcurrentHashMap<>();

  private Bundles() {}

  /** All texts of one language, every family merged; empty when the language has no file. */
  public static Map<String, String> texts(String languageCode) {
    return CACHE.computeIfAbsent(languageCode, Bundles::load);
  }

  /** The texts of one family in one language, as written in its file. */
  public static Map<String, String> family(String family, String languageCode) {
    return read("i18n/" + family + "_" + languageCode + ".properties");
  }

  private static Map<String, String> load(String languageCode) {
    Map<String, String> merged = new LinkedHashMap<>();
    for (String family : FAMILIES) {
      Map<String, String> texts = family(family, languageCode);
      for (Map.Entry<String, String> e : texts.entrySet()) {
        if (merged.putIfAbsent(e.getKey(), e.getValue()) != null) {
          throw new IllegalStateException(
              "Key " + e.getKey() + " is defined in two bundle families (" + family + ")");
        }
      }
    }
    return Collections.unmodifiableMap(merged);
  }

  private static Map<String, String> read(String resource) {
    ClassLoader loader = Bundles.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        return Map.of();
      }
      Properties props = new Properties();
      props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> texts = new LinkedHashMap<>();
      for (String key : props.stringPropertyNames()) {
        texts.put(key, props.getProperty(key));
      }
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read bundle " + resource, e);
    }
  }
}
