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
  void missingKeysAreVisibleAndFallBackToFrench() {
    assertThat(Messages.of("en").get("no.such.key")).isEqualTo("???no.such.key???");
    assertThat(Messages.of("ar").get("app.name")).isNotEqualTo(Messages.of("fr").get("app.name"));
  }
}
