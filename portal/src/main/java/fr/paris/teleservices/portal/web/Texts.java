package fr.paris.teleservices.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * The page's texts: {@code #{t['key']}} for a plain text, {@code #{t.format('key', n)}} for one
 * with placeholders. Every word on a page comes through here from the i18n bundles.
 */
@Named("t")
@RequestScoped
public class Texts extends AbstractMap<String, String> {

  @Inject CurrentLanguage language;

  @Override
  public String get(Object key) {
    return language.messages().get(String.valueOf(key));
  }

  @Override
  public boolean containsKey(Object key) {
    return language.messages().has(String.valueOf(key));
  }

  public String format(String key, Object... args) {
    return language.messages().format(key, args);
  }

  public String named(String key, Map<String, Object> args) {
    return language.messages().format(key, args);
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    return Set.of();
  }
}
