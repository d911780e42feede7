package fr.paris.teleservices.portal.agent;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Does the name on the identity document the agent holds match the account? The agent types it;
 * the portal compares it with the account's name without showing it: every word of the account's
 * name must be on the document (which may carry more given names), whatever the order, accents or
 * case.
 */
final class NameCheck {

  private NameCheck() {}

  static boolean matches(String accountName, String nameOnDocument) {
    Set<String> account = words(accountName);
    Set<String> document = words(nameOnDocument);
    return !account.isEmpty() && document.containsAll(account);
  }

  static Set<String> words(String name) {
    if (name == null) {
      return Set.of();
    }
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).collect(Collectors.toSet());
  }
}
