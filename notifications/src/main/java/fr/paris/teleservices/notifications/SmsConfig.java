package fr.paris.teleservices.notifications;

import fr.paris.teleservices.notifications.outbox.DispatchPolicy;
import fr.paris.teleservices.notifications.outbox.RetryPolicy;
import fr.paris.teleservices.notifications.outbox.TransactionRunner;
import fr.paris.teleservices.notifications.reminder.ReminderPlanner;
import fr.paris.teleservices.notifications.sms.EmbeddedOutboxGateway;
import fr.paris.teleservices.notifications.sms.SmsGateway;
import fr.paris.teleservices.notifications.text.SmsRenderer;
import fr.paris.teleservices.notifications.twilio.SmsCallbacks;
import fr.paris.teleservices.notifications.twilio.TwilioSettings;
import fr.paris.teleservices.notifications.twilio.TwilioSmsGateway;
import fr.paris.teleservices.notifications.verification.VerificationSms;
import fr.paris.teleservices.notifications.window.SendingWindow;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every setting of the module, read from one property source (MicroProfile Config in the portal:
 * {@code SmsConfig.from(key -> config.getOptionalValue(key, String.class))}). The keys and their
 * defaults are listed in the module's README.
 */
public final class SmsConfig {

  public static final String PREFIX = "teleservices.sms.";

  /** Three SMS: room for a reminder in Arabic (UCS-2, 201 characters), a cap on cost. */
  public static final int DEFAULT_SEGMENT_BUDGET = 3;

  private final Function<String, Optional<String>> property;

  private SmsConfig(Function<String, Optional<String>> property) {
    this.property = property;
  }

  public static SmsConfig from(Function<String, Optional<String>> property) {
    return new SmsConfig(key -> property.apply(PREFIX + key).map(String::strip).filter(v -> !v.isEmpty()));
  }

  /** Twilio's settings when an account SID is configured. */
  public Optional<TwilioSettings> twilio() {
    return property
        .apply("twilio.account-sid")
        .map(
            sid ->
                new TwilioSettings(
                    sid,
                    required("twilio.auth-token"),
                    property.apply("twilio.from").orElse(null),
                    property.apply("twilio.messaging-service-sid").orElse(null),
                    property.apply("twilio.status-callback-url").map(URI::create).orElse(null),
                    property.apply("twilio.api-base-url").map(URI::create).orElse(null),
                    duration("twilio.connect-timeout", TwilioSettings.DEFAULT_CONNECT_TIMEOUT),
                    duration("twilio.read-timeout", TwilioSettings.DEFAULT_READ_TIMEOUT),
                    integer("twilio.max-connections", TwilioSettings.DEFAULT_MAX_CONNECTIONS)));
  }

  /** Twilio when an account is configured, the embedded outbox otherwise. */
  public SmsGateway gateway() {
    return twilio().<SmsGateway>map(TwilioSmsGateway::new).orElseGet(EmbeddedOutboxGateway::new);
  }

  /**
   * The callback handlers. Without a Twilio account every callback is rejected: nobody can sign
   * one.
   */
  public SmsCallbacks callbacks(TransactionRunner tx, Clock clock) {
    return new SmsCallbacks(tx, twilio().map(TwilioSettings::authToken).orElse(null), clock);
  }

  public SendingWindow window() {
    SendingWindow standard = SendingWindow.standard();
    return new SendingWindow(
        time("window.opens", standard.opens()),
        time("window.closes", standard.closes()),
        duration("window.jitter", standard.jitter()));
  }

  public DispatchPolicy dispatchPolicy() {
    RetryPolicy standard = RetryPolicy.standard();
    RetryPolicy retry =
        new RetryPolicy(
            integer("retry.max-attempts", standard.maxAttempts()),
            duration("retry.initial-backoff", standard.initialBackoff()),
            duration("retry.max-backoff", standard.maxBackoff()));
    return new DispatchPolicy(duration("dispatch.lease", DispatchPolicy.standard().lease()), retry, window());
  }

  public SmsRenderer renderer(Clock clock) {
    return new SmsRenderer(
        integer("segment-budget", DEFAULT_SEGMENT_BUDGET),
        Boolean.parseBoolean(property.apply("opt-out-hint").orElse("true")),
        clock,
        SendingWindow.PARIS);
  }

  /** When, on its day, a reminder is due (Paris time). */
  public LocalTime reminderTimeOfDay() {
    return time("reminder.time-of-day", ReminderPlanner.DEFAULT_TIME_OF_DAY);
  }

  public Duration verificationValidity() {
    return duration("verification.validity", VerificationSms.DEFAULT_VALIDITY);
  }

  private String required(String key) {
    return property.apply(key).orElseThrow(() -> new IllegalStateException(PREFIX + key + " is required"));
  }

  private Duration duration(String key, Duration fallback) {
    return property.apply(key).map(Duration::parse).orElse(fallback);
  }

  private int integer(String key, int fallback) {
    return property.apply(key).map(Integer::parseInt).orElse(fallback);
  }

  private LocalTime time(String key, LocalTime fallback) {
    return property.apply(key).map(LocalTime::parse).orElse(fallback);
  }
}
