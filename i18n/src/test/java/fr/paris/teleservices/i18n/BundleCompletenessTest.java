package fr.paris.teleservices.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The build-time check: every language has every key of the French bundle, with the same
 * placeholders, and every pattern parses as an ICU MessageFormat.
 */
class BundleCompletenessTest {

  @TestFactory
  Stream<DynamicTest> everyLanguageHasEveryFrenchKeyWithTheSamePlaceholders() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String family : Bundles.FAMILIES) {
      Map<String, String> reference = Bundles.family(family, Languages.REFERENCE);
      for (Language language : Languages.all()) {
        tests.add(
            DynamicTest.dynamicTest(
                family + "_" + language.code(),
                () -> {
                  Map<String, String> texts = Bundles.family(family, language.code());
                  if (!language.easyRead()) {
                    assertThat(texts.keySet())
                        .as("keys of %s_%s missing from the French bundle's", family, language.code())
                        .containsAll(reference.keySet());
                  }
                  assertThat(reference.keySet())
                      .as("keys of %s_%s that French does not have", family, language.code())
                      .containsAll(texts.keySet());
                  for (Map.Entry<String, String> e : reference.entrySet()) {
                    String translated = texts.get(e.getKey());
                    if (translated == null) {
                      continue; // an easy-read variant keeps the standard text of this key
                    }
                    assertThat(placeholders(translated))
                        .as("placeholders of %s in %s", e.getKey(), language.code())
                        .isEqualTo(placeholders(e.getValue()));
                    assertThat(translated.strip()).as("%s in %s", e.getKey(), language.code()).isNotEmpty();
                  }
                }));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> everyPatternParsesAsIcuMessageFormat() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String family : Bundles.FAMILIES) {
      for (Language language : Languages.all()) {
        tests.add(
            DynamicTest.dynamicTest(
                family + "_" + language.code(),
                () ->
                    Bundles.family(family, language.code())
                        .forEach((key, pattern) -> new MessageFormat(pattern, language.uLocale()))));
      }
    }
    return tests.stream();
  }

  /** Top-level argument names of an ICU pattern, e.g. {count} and {0}. */
  static Set<String> placeholders(String pattern) {
    Set<String> names = new TreeSet<>(new MessageFormat(pattern).getArgumentNames());
    return names;
  }
}
