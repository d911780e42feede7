package fr.paris.teleservices.notifications.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.paris.teleservices.i18n.Language;
import fr.paris.teleservices.i18n.Languages;
import fr.paris.teleservices.notifications.SmsConfig;
import fr.paris.teleservices.notifications.sms.SmsEncoding;
import fr.paris.teleservices.notifications.support.Paris;
import fr.paris.teleservices.notifications.window.SendingWindow;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every template in every language, rendered as it will be sent. */
class SmsTemplatesTest {

  private final Clock clock = Clock.fixed(Paris.at("2026-03-10T10:00"), SendingWindow.PARIS);
  private final SmsRenderer renderer =
      new SmsRenderer(SmsConfig.DEFAULT_SEGMENT_BUDGET, true, clock, SendingWindow.PARIS);

  @Test
  void everyKindRendersInEveryLanguageWithinTheBudget() throws Exception {
    LocalDate today = LocalDate.of(2026, 3, 10);
    for (SmsKind kind : SmsKind.values()) {
      for (Language language : Languages.all()) {
        RenderedSms sms = renderer.render(kind, kind.templateKey(), language.code(), kind.sampleParams(today));
        assertThat(sms.text()).as("%s %s", kind, language.code()).doesNotContain("???", "{", "}");
        assertThat(sms.length().segments()).isLessThanOrEqualTo(SmsConfig.DEFAULT_SEGMENT_BUDGET);
      }
    }
  }

  @Test
  void latinScriptLanguagesStayInGsm7OthersAreUcs2() {
    // Texts in Latin-script languages are written without the accents GSM-7 lacks, so that an SMS
    // costs one to three segments of 160 characters instead of 70.
    java.util.Set<String> gsm7 = java.util.Set.of("fr", "falc", "en", "es", "pt", "it", "ro", "sq", "pl", "tr", "so");
    for (TemplateStatistic line : TemplateStatistics.compute(renderer, clock, SendingWindow.PARIS, Map.of())) {
      SmsEncoding expected = gsm7.contains(line.language()) ? SmsEncoding.GSM_7 : SmsEncoding.UCS_2;
      assertThat(line.encoding()).as("%s in %s: %s", line.kind(), line.language(), line.sampleText()).isEqualTo(expected);
      assertThat(line.withinBudget()).isTrue();
    }
    assertThat(TemplateStatistics.compute(renderer, clock, SendingWindow.PARIS, Map.of()))
        .hasSize(SmsKind.values().length * Languages.all().size());
  }

  @Test
  void aReminderSaysTheNumberWhatToDoAndWhereWithTheDaysLeft() throws Exception {
    Map<String, Object> params = reminder(Where.online("teleservices.paris.fr"), "2026-05-09");
    String fr = renderer.render(SmsKind.INCOMPLETE_REMINDER, SmsKind.INCOMPLETE_REMINDER.templateKey(), "fr", params).text();
    assertThat(fr)
        .isEqualTo(
            "Ville de Paris : votre demande 2025-0042 est incomplète. Il vous reste 60 jours pour envoyer"
                + " les pièces manquantes sur teleservices.paris.fr. Répondez STOP pour ne plus recevoir de SMS.");
    String en = renderer.render(SmsKind.INCOMPLETE_REMINDER, SmsKind.INCOMPLETE_REMINDER.templateKey(), "en",
        reminder(Where.eps("Paris 18 Belliard"), "2026-03-11")).text();
    assertThat(en).contains("2025-0042", "1 day left", "at your EPS: Paris 18 Belliard");
    String ar = renderer.render(SmsKind.INCOMPLETE_REMINDER, SmsKind.INCOMPLETE_REMINDER.templateKey(), "ar", params).text();
    assertThat(ar).contains("2025-0042", "teleservices.paris.fr", "STOP");
  }

  @Test
  void arabicUsesItsPluralForms() throws Exception {
    String two = renderer.render(SmsKind.INCOMPLETE_REMINDER, SmsKind.INCOMPLETE_REMINDER.templateKey(), "ar",
        reminder(Where.online("x.fr"), "2026-03-12")).text();
    String eleven = renderer.render(SmsKind.INCOMPLETE_REMINDER, SmsKind.INCOMPLETE_REMINDER.templateKey(), "ar",
        reminder(Where.online("x.fr"), "2026-03-21")).text();
    assertThat(two).contains("يومان");
    assertThat(eleven).contains("يوما");
  }

  @Test
  void anUnknownLanguageFallsBackToFrench() throws Exception {
    String text = renderer.render(SmsKind.VERIFICATION_CODE, SmsKind.VERIFICATION_CODE.templateKey(), "xx",
        Map.of("code", "123456", "minutes", 10)).text();
    assertThat(text).startsWith("Ville de Paris : votre code de vérification est 123456.").doesNotContain("STOP");
  }

  @Test
  void aTextOverTheBudgetIsRefusedNotTruncated() {
    SmsRenderer oneSms = new SmsRenderer(1, true, clock, SendingWindow.PARIS);
    Map<String, Object> params = reminder(Where.online("teleservices.paris.fr"), "2026-05-09");
    assertThatThrownBy(() -> oneSms.render(SmsKind.INCOMPLETE_REMINDER, SmsKind.INCOMPLETE_REMINDER.templateKey(), "ar", params))
        .isInstanceOfSatisfying(
            SegmentBudgetExceededException.class,
            e -> {
              assertThat(e.budget()).isEqualTo(1);
              assertThat(e.length().encoding()).isEqualTo(SmsEncoding.UCS_2);
              assertThat(e.length().segments()).isGreaterThan(1);
              assertThat(e.language()).isEqualTo("ar");
            });
  }

  @Test
  void aLongPlaceNameCanPushATextOverTheBudget() {
    Map<String, Object> params = reminder(Where.eps("x".repeat(400)), "2026-05-09");
    assertThatThrownBy(() -> renderer.render(SmsKind.INCOMPLETE_REMINDER, SmsKind.INCOMPLETE_REMINDER.templateKey(), "fr", params))
        .isInstanceOf(SegmentBudgetExceededException.class);
  }

  @Test
  void secretsAreMaskedWithTheSameLengthAndEncoding() {
    Map<String, Object> params = Map.of("code", "482913", "minutes", 10);
    Map<String, Object> masked = SmsRenderer.maskSecrets(SmsKind.VERIFICATION_CODE, params);
    RenderedSms real = renderer.compose(SmsKind.VERIFICATION_CODE, SmsKind.VERIFICATION_CODE.templateKey(), "fr", params);
    RenderedSms stored = renderer.compose(SmsKind.VERIFICATION_CODE, SmsKind.VERIFICATION_CODE.templateKey(), "fr", masked);
    assertThat(stored.text()).contains("******").doesNotContain("482913");
    assertThat(stored.length()).isEqualTo(real.length());
    assertThat(SmsRenderer.maskSecrets(SmsKind.INCOMPLETE_REMINDER, params)).isSameAs(params);
  }

  @Test
  void theOptOutHintCanBeLeftOut() throws Exception {
    SmsRenderer noHint = new SmsRenderer(3, false, clock, SendingWindow.PARIS);
    String text = noHint.render(SmsKind.INCOMPLETE_REMINDER, SmsKind.INCOMPLETE_REMINDER.templateKey(), "fr",
        reminder(Where.online("teleservices.paris.fr"), "2026-05-09")).text();
    assertThat(text).doesNotContain("STOP").endsWith("teleservices.paris.fr.");
  }

  @Test
  void textsNeverNameAnAidOrAHealthCondition() {
    List<String> forbidden = List.of("handicap", "disab", "santé", "health", "RSA", "APL", "Paris Solidarité",
        "Paris Logement", "AAH", "médical", "medical", "إعاقة", "صحة");
    for (TemplateStatistic line : TemplateStatistics.compute(renderer, clock, SendingWindow.PARIS, Map.of())) {
      for (String word : forbidden) {
        assertThat(line.sampleText().toLowerCase()).as(line.kind() + " " + line.language()).doesNotContain(word.toLowerCase());
      }
    }
  }

  private static Map<String, Object> reminder(Where where, String deadline) {
    Map<String, Object> params = new HashMap<>(where.params());
    params.put("number", "2025-0042");
    params.put(SmsRenderer.DEADLINE, deadline);
    return params;
  }
}
