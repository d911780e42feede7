package fr.paris.teleservices.notifications.text;

import fr.paris.teleservices.i18n.Language;
import fr.paris.teleservices.i18n.Languages;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Encoding and segment count of every template in every language, so an administrator sees what a
 * translation costs (an accent outside GSM-7 halves the room) before a message is refused.
 */
public final class TemplateStatistics {

  private TemplateStatistics() {}

  /**
   * @param overrides sample values that replace the built-in ones (e.g. the portal's real address
   *     under {@code where})
   */
  public static List<TemplateStatistic> compute(
      SmsRenderer renderer, Clock clock, ZoneId zone, Map<String, Object> overrides) {
    LocalDate today = LocalDate.now(clock.withZone(zone));
    List<TemplateStatistic> lines = new ArrayList<>();
    for (SmsKind kind : SmsKind.values()) {
      Map<String, Object> params = new HashMap<>(kind.sampleParams(today));
      overrides.forEach((name, value) -> params.computeIfPresent(name, (n, old) -> value));
      for (Language language : Languages.all()) {
        RenderedSms sms = renderer.compose(kind, kind.templateKey(), language.code(), params);
        lines.add(
            new TemplateStatistic(
                kind,
                language.code(),
                sms.length().encoding(),
                sms.length().characters(),
                sms.length().segments(),
                sms.length().segments() <= renderer.segmentBudget(),
                sms.text()));
      }
    }
    return lines;
  }
}
