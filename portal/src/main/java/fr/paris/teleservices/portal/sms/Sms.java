package fr.paris.teleservices.portal.sms;

import fr.paris.teleservices.notifications.SmsConfig;
import fr.paris.teleservices.notifications.admin.SmsQueries;
import fr.paris.teleservices.notifications.outbox.SmsDispatcher;
import fr.paris.teleservices.notifications.outbox.TransactionRunner;
import fr.paris.teleservices.notifications.reminder.ReminderPlanner;
import fr.paris.teleservices.notifications.sms.SmsGateway;
import fr.paris.teleservices.notifications.text.SmsRenderer;
import fr.paris.teleservices.notifications.twilio.SmsCallbacks;
import fr.paris.teleservices.notifications.verification.VerificationSms;
import fr.paris.teleservices.portal.config.ConfigKeys;
import fr.paris.teleservices.portal.persistence.ContainerTransactions;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The notifications module as the portal uses it, configured from the portal's keys: the Twilio
 * account under {@code portal.twilio.*} (none: the embedded outbox), everything else under
 * {@code portal.sms.*} (sending window, retries, segment budget…; see the README).
 */
@ApplicationScoped
public class Sms {

  @Inject ContainerTransactions transactions;

  private final Clock clock = Clock.systemUTC();
  private SmsConfig config;
  private SmsGateway gateway;
  private SmsRenderer renderer;
  private ReminderPlanner planner;
  private SmsDispatcher dispatcher;
  private SmsCallbacks callbacks;
  private SmsQueries queries;
  private VerificationSms verification;

  @PostConstruct
  void configure() {
    Config mp = ConfigProvider.getConfig();
    config = SmsConfig.from(key -> portalValue(mp, key));
    gateway = config.gateway();
    renderer = config.renderer(clock);
    planner = new ReminderPlanner(config.window(), config.reminderTimeOfDay(), clock, new SecureRandom());
    TransactionRunner tx =
        new TransactionRunner() {
          @Override
          public <T> T inTransaction(Work<T> work) throws java.sql.SQLException {
            return transactions.inNewTransaction(work::run);
          }
        };
    dispatcher = new SmsDispatcher(tx, gateway, renderer, config.dispatchPolicy(), clock, new SecureRandom());
    callbacks = config.callbacks(tx, clock);
    queries = new SmsQueries(transactions.dataSource());
    verification = new VerificationSms(config.verificationValidity(), clock);
  }

  /** The notifications module's key, read from the portal's configuration. */
  static Optional<String> portalValue(Config mp, String key) {
    if (key.equals("twilio.status-callback-url")) {
      return mp.getOptionalValue("portal.twilio.status-callback-url", String.class)
          .or(() -> mp.getOptionalValue(ConfigKeys.PUBLIC_URL, String.class).map(u -> strip(u) + "/api/twilio/status"));
    }
    String portalKey = key.startsWith("twilio.") ? "portal." + key : "portal.sms." + key;
    return mp.getOptionalValue(portalKey, String.class);
  }

  private static String strip(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  public SmsConfig config() {
    return config;
  }

  public SmsGateway gateway() {
    return gateway;
  }

  public SmsRenderer renderer() {
    return renderer;
  }

  public ReminderPlanner planner() {
    return planner;
  }

  public SmsDispatcher dispatcher() {
    return dispatcher;
  }

  public SmsCallbacks callbacks() {
    return callbacks;
  }

  public SmsQueries queries() {
    return queries;
  }

  public VerificationSms verification() {
    return verification;
  }

  public Clock clock() {
    return clock;
  }
}
