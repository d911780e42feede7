package fr.paris.teleservices.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessagePattern;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Numbers in texts follow each language's CLDR plural rules, through ICU. */
class PluralsTest {

  @Test
  void frenchSaysOnePieceAndTwoPieces() {
    Messages fr = Messages.of("fr");
    assertThat(fr.format("catalog.document.count.RENT_RECEIPT", Map.of("count", 1))).isEqualTo("1 quittance de loyer");
    assertThat(fr.format("catalog.document.count.RENT_RECEIPT", Map.of("count", 2))).isEqualTo("2 quittances de loyer");
  }

  @Test
  void arabicUsesItsSixForms() {
    Messages ar = Messages.of("ar");
    Set<String> forms = new HashSet<>();
    for (int n : new int[] {0, 1, 2, 3, 11, 100}) {
      forms.add(ar.format("catalog.document.count.RENT_RECEIPT", Map.of("count", n)));
    }
    assertThat(forms).hasSize(6);
    assertThat(ar.format("catalog.document.count.RENT_RECEIPT", Map.of("count", 2))).isEqualTo("إيصالا إيجار");
  }

  /**
   * A plural branch whose keyword the language does not have is never chosen: a translation that
   * writes "few" for a language without it silently shows "other". Explicit =N branches are fine.
   */
  @TestFactory
  Stream<DynamicTest> pluralBranchesUseTheLanguagesOwnCategories() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Language language : Languages.all()) {
      Set<String> categories = language.pluralRules().getKeywords();
      tests.add(
          DynamicTest.dynamicTest(
              language.code(),
              () -> {
                for (String family : Bundles.FAMILIES) {
                  Bundles.family(family, language.code())
                      .forEach(
                          (key, pattern) ->
                              assertThat(pluralKeywords(pattern))
                                  .as("%s in %s (%s)", key, language.code(), categories)
                                  .allMatch(k -> k.startsWith("=") || categories.contains(k)));
                }
              }));
    }
    return tests.stream();
  }

  /** The selector keywords of every plural argument in a pattern. */
  static List<String> pluralKeywords(String pattern) {
    MessagePattern parsed = new MessagePattern(pattern);
    List<String> keywords = new ArrayList<>();
    for (int i = 0; i < parsed.countParts(); i++) {
      MessagePattern.Part part = parsed.getPart(i);
      if (part.getType() == MessagePattern.Part.Type.ARG_START
          && (part.getArgType() == MessagePattern.ArgType.PLURAL
              || part.getArgType() == MessagePattern.ArgType.SELECTORDINAL)) {
        int limit = parsed.getLimitPartIndex(i);
        for (int j = i + 1; j < limit; j++) {
          MessagePattern.Part inner = parsed.getPart(j);
          if (inner.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
            keywords.add(parsed.getSubstring(inner));
          } else if (inner.getType() == MessagePattern.Part.Type.MSG_START) {
            j = parsed.getLimitPartIndex(j);
          }
        }
      }
    }
    return keywords;
  }
}
