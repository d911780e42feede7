package fr.paris.teleservices.portal.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A sentence to show, not yet in a language: a bundle key and its named arguments. An argument may
 * itself be a {@code Text}; {@link CatalogTexts#text(Text)} renders it first.
 */
public record Text(String key, Map<String, Object> args) {

  public Text {
    args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
  }

  /** A text with arguments given as name, value, name, value… */
  public static Text of(String key, Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values must come in pairs: " + key);
    }
    Map<String, Object> args = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      args.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return new Text(key, args);
  }
}
