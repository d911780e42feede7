package fr.paris.teleservices.notifications.reminder;

import fr.paris.teleservices.notifications.outbox.OutboxMessage;
import fr.paris.teleservices.notifications.outbox.SmsOutbox;
import fr.paris.teleservices.notifications.text.SmsKind;
import fr.paris.teleservices.notifications.text.SmsRenderer;
import fr.paris.teleservices.notifications.window.SendingWindow;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The domiciliation notices, on the same outbox and rules as the reminders: written in the caller's
 * transaction, one dedupe key each, inside the sending window, stopped by
 * {@link ReminderPlanner#cancelPlan} on the domiciliation's subject.
 */
public final class DomiciliationNotices {

  /** Renewal is recommended two months before the attestation ends. */
  public static final Period RENEWAL_NOTICE = Period.ofMonths(2);

  private final SmsOutbox outbox;
  private final SendingWindow window;
  private final LocalTime timeOfDay;
  private final Clock clock;
  private final RandomGenerator random;

  public DomiciliationNotices(SendingWindow window, LocalTime timeOfDay, Clock clock, RandomGenerator random) {
    this.outbox = new SmsOutbox(clock);
    this.window = window;
    this.timeOfDay = timeOfDay;
    this.clock = clock;
    this.random = random;
  }

  /**
   * Plans the renewal notice two months before the end (or as soon as allowed, if that day has
   * passed but the domiciliation has not ended). Returns when it will go, or empty when it will not.
   */
  public Optional<Instant> planEnding(Connection c, DomiciliationEnding ending) throws SQLException {
    Optional<String> recipient = Recipients.mobile(ending.phone());
    if (!ending.notificationsAllowed() || recipient.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Instant notAfter = ending.endsOn().atStartOfDay(SendingWindow.PARIS).toInstant();
    Instant preferred =
        ZonedDateTime.of(ending.endsOn().minus(RENEWAL_NOTICE), timeOfDay, SendingWindow.PARIS).toInstant();
    Instant due = window.earliestSendTime(preferred.isAfter(now) ? preferred : now, random);
    if (!due.isBefore(notAfter)) {
      return Optional.empty();
    }
    Map<String, Object> params = new HashMap<>(ending.where().params());
    params.put(SmsRenderer.DEADLINE, ending.endsOn().toString());
    String key = "domiciliation-end:" + ending.subject() + ":" + ending.endsOn();
    outbox.enqueue(
        c,
        List.of(
            new OutboxMessage(
                key, SmsKind.DOMICILIATION_ENDING, ending.subject(), recipient.get(), ending.language(),
                params, due, notAfter)));
    return Optional.of(due);
  }

  /** Tells a domicilié that mail waits for them, now or at the next opening of the window. */
  public Optional<Instant> mailArrived(Connection c, MailArrival arrival) throws SQLException {
    Optional<String> recipient = Recipients.mobile(arrival.phone());
    if (!arrival.notificationsAllowed() || recipient.isEmpty()) {
      return Optional.empty();
    }
    Instant due = window.earliestSendTime(clock.instant(), random);
    Map<String, Object> params = new HashMap<>(arrival.where().params());
    params.put("count", arrival.count());
    String key = "mail:" + arrival.subject() + ":" + arrival.arrivalId();
    outbox.enqueue(
        c,
        List.of(
            new OutboxMessage(
                key, SmsKind.MAIL_ARRIVED, arrival.subject(), recipient.get(), arrival.language(),
                params, due, null)));
    return Optional.of(due);
  }
}
