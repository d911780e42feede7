package fr.paris.teleservices.portal.sms;

import fr.paris.teleservices.notifications.admin.SmsQueries;
import fr.paris.teleservices.notifications.text.TemplateStatistic;
import fr.paris.teleservices.notifications.text.TemplateStatistics;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The administrator's SMS page: what went to the embedded outbox (the SMS that would have gone
 * out), failures, opted-out and flagged numbers, volume per day, and the length of every template
 * in every language. Numbers are masked: the administrator needs to know that a message went,
 * not to whom in full.
 */
@Named
@RequestScoped
public class SmsAdministration {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Inject Sms sms;

  public boolean isEmbedded() {
    return sms.gateway().deliversToOutbox();
  }

  public List<SmsQueries.EmbeddedMessage> getOutbox() throws SQLException {
    return sms.queries().embeddedOutbox(50, false);
  }

  public List<SmsQueries.Failure> getFailures() throws SQLException {
    return sms.queries().failures(sms.clock().instant().minus(Duration.ofDays(30)), 50);
  }

  public List<SmsQueries.NumberEntry> getNumbers() throws SQLException {
    return sms.queries().numbers(100);
  }

  public List<SmsQueries.DailyVolume> getVolume() throws SQLException {
    LocalDate today = LocalDate.now(PARIS);
    return sms.queries().volumePerDay(today.minusDays(13), today);
  }

  public List<TemplateStatistic> getTemplates() {
    return TemplateStatistics.compute(sms.renderer(), sms.clock(), PARIS, Map.of());
  }
}
