package fr.paris.teleservices.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguagesTest {

  @Test
  void frenchIsTheReferenceAndArabicIsRightToLeft() {
    assertThat(Languages.reference().code()).isEqualTo("fr");
    assertThat(Languages.orReference("ar").direction()).isEqualTo(Direction.RTL);
    assertThat(Languages.orReference("en").direction()).isEqualTo(Direction.LTR);
    assertThat(Languages.orReference("xx").code()).isEqualTo("fr");
  }

  @Test
  void negotiatesTheFirstSpokenLanguageOfTheBrowser() {
    assertThat(Languages.negotiate("ar-MA,ar;q=0.9,fr;q=0.8").code()).isEqualTo("ar");
    assertThat(Languages.negotiate("de-DE,en-GB;q=0.8,fr;q=0.5").code()).isEqualTo("en");
    assertThat(Languages.negotiate("de-DE").code()).isEqualTo("fr");
    assertThat(Languages.negotiate("not a header ;;").code()).isEqualTo("fr");
    assertThat(Languages.negotiate(null).code()).isEqualTo("fr");
  }

  @Test
  void theTwentyFourLanguagesAndEasyReadFrenchFiveOfThemRightToLeft() {
    assertThat(Languages.all())
        .extracting(Language::code)
        .containsExactlyInAnyOrder(
            "fr", "falc", "en", "ar", "es", "pt", "it", "ro", "ru", "uk", "pl", "tr", "ka", "sq", "zh", "vi", "ta",
            "bn", "ur", "fa", "prs", "ps", "ti", "am", "so");
    assertThat(Languages.all().stream().filter(l -> l.direction() == Direction.RTL).map(Language::code))
        .containsExactlyInAnyOrder("ar", "fa", "prs", "ps", "ur");
    assertThat(Languages.all().stream().filter(Language::easyRead).map(Language::code)).containsExactly("falc");
    assertThat(Languages.orReference("prs").tag()).isEqualTo("fa-AF");
    assertThat(Languages.orReference("zh").tag()).isEqualTo("zh-Hans");
  }

  @Test
  void negotiatesRegionalVariantsButNeverEasyReadFrench() {
    assertThat(Languages.negotiate("fa-AF,fa;q=0.8").code()).isEqualTo("prs");
    assertThat(Languages.negotiate("prs-AF").code()).isEqualTo("prs");
    assertThat(Languages.negotiate("fa-IR").code()).isEqualTo("fa");
    assertThat(Languages.negotiate("zh-CN,zh;q=0.9").code()).isEqualTo("zh");
    assertThat(Languages.negotiate("uk-UA,ru;q=0.5").code()).isEqualTo("uk");
    assertThat(Languages.negotiate("fr-FR").code()).isEqualTo("fr");
  }

  @Test
  void missingKeysAreVisibleAndFallBackToFrench() {
    assertThat(Messages.of("en").get("no.such.key")).isEqualTo("???no.such.key???");
    assertThat(Messages.of("ar").get("app.name")).isNotEqualTo(Messages.of("fr").get("app.name"));
  }
}
