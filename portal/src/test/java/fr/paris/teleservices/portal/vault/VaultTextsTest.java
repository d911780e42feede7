package fr.paris.teleservices.portal.vault;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paris.teleservices.i18n.Bundles;
import fr.paris.teleservices.i18n.Language;
import fr.paris.teleservices.i18n.Languages;
import fr.paris.teleservices.i18n.Messages;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every text of the vault's pages formats in every language: no placeholder left over, and no
 * apostrophe swallowed by ICU's quoting rules ("the usager's journal", "aujourd’hui").
 */
class VaultTextsTest {

  @Test
  void everyVaultTextFormatsInEveryLanguage() {
    for (Language language : Languages.all()) {
      Messages messages = Messages.of(language);
      for (Map.Entry<String, String> e : Bundles.family("vault", language.code()).entrySet()) {
        String text = messages.format(e.getKey(), 3, 2, "x");
        assertThat(text).as("%s in %s", e.getKey(), language.code()).doesNotContain("{", "}", "???");
        long apostrophes = e.getValue().chars().filter(c -> c == '\'').count();
        assertThat(text.chars().filter(c -> c == '\'').count()).as("apostrophes of %s in %s", e.getKey(), language.code())
            .isEqualTo(apostrophes);
      }
    }
  }
}
