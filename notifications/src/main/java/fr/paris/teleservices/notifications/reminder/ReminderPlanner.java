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
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Plans and stops the reminders of incomplete requests. Call {@link #planIncomplete} in the
 * transaction that makes a request INCOMPLETE, and {@link #cancelPlan} in the one that completes,
 * decides, withdraws or lapses it.
 *
 * <p>Rules: each step of the schedule goes at the planner's time of day (10:00 by default) on its
 * day, moved into the sending window; steps in the past, on or after the deadline's day, or on the
 * same day as an earlier step are dropped; a request never receives more than the schedule's
 * maximum, counting what earlier episodes already sent.
 */
public final class ReminderPlanner {

  public static final LocalTime DEFAULT_TIME_OF_DAY = LocalTime.of(10, 0);

  private final SmsOutbox outbox;
  private final SendingWindow window;
  private final LocalTime timeOfDay;
  private final Clock clock;
  private final RandomGenerator random;

  /**
   * @param timeOfDay when, on its day, a reminder is due (Paris time); a civil hour rather than
   *     the hour of the day the request became incomplete
   */
  public ReminderPlanner(SendingWindow window, LocalTime timeOfDay, Clock clock, RandomGenerator random) {
    this.outbox = new SmsOutbox(clock);
    this.window = window;
    this.timeOfDay = timeOfDay;
    this.clock = clock;
    this.random = random;
  }

  /** Plans the reminders of one request on the caller's connection; never commits. */
  public ReminderPlan planIncomplete(Connection c, IncompleteApplication application, ReminderSchedule schedule)
      throws SQLException {
    return planIncomplete(c, List.of(application), schedule).get(0);
  }

  /**
   * Plans the reminders of many requests in one JDBC batch (the same rules as for one), for
   * migrations and catch-up jobs. Never commits.
   */
  public List<ReminderPlan> planIncomplete(
      Connection c, List<IncompleteApplication> applications, ReminderSchedule schedule) throws SQLException {
    Instant now = clock.instant();
    Set<String> subjects = new HashSet<>();
    for (IncompleteApplication application : applications) {
      subjects.add(application.subject());
    }
    Map<String, Integer> alreadySent =
        SmsOutbox.countHandedOver(c, SmsKind.INCOMPLETE_REMINDER.name(), subjects);
    List<OutboxMessage> rows = new ArrayList<>();
    List<ReminderPlan> plans = new ArrayList<>(applications.size());
    for (IncompleteApplication application : applications) {
      plans.add(plan(application, schedule, alreadySent.getOrDefault(application.subject(), 0), now, rows));
    }
    outbox.enqueue(c, rows);
    return plans;
  }

  /**
   * Stops every reminder of a request that has not gone yet (request completed, decided, withdrawn
   * or lapsed). Works for any subject, domiciliations included. Returns how many were cancelled.
   */
  public int cancelPlan(Connection c, String subject) throws SQLException {
    return outbox.cancelPending(c, subject);
  }

  /** Cancels every message not yet sent to a number: its owner closed their account. */
  public int cancelAllTo(Connection c, String recipient) throws SQLException {
    return outbox.cancelPendingTo(c, recipient);
  }

  private ReminderPlan plan(
      IncompleteApplication application, ReminderSchedule schedule, int alreadySent, Instant now,
      List<OutboxMessage> rows) {
    String subject = application.subject();
    if (!application.remindersAllowed()) {
      return new ReminderPlan(subject, List.of(), ReminderPlan.Outcome.REMINDERS_OFF);
    }
    Optional<String> recipient = Recipients.mobile(application.phone());
    if (recipient.isEmpty()) {
      return new ReminderPlan(subject, List.of(), ReminderPlan.Outcome.NO_MOBILE_NUMBER);
    }
    int allowed = schedule.maxCount() - alreadySent;
    if (allowed <= 0) {
      return new ReminderPlan(subject, List.of(), ReminderPlan.Outcome.LIMIT_REACHED);
    }
    Instant notAfter = application.completionDeadline().atStartOfDay(SendingWindow.PARIS).toInstant();
    List<Step> steps = steps(application, schedule, now, notAfter);
    if (steps.isEmpty()) {
      return new ReminderPlan(subject, List.of(), ReminderPlan.Outcome.NOTHING_BEFORE_DEADLINE);
    }
    Map<String, Object> params = new HashMap<>(application.where().params());
    params.put("number", application.number());
    params.put(SmsRenderer.DEADLINE, application.completionDeadline().toString());
    List<Instant> scheduled = new ArrayList<>();
    for (Step step : steps.subList(0, Math.min(allowed, steps.size()))) {
      String key =
          "incomplete:" + subject + ":" + application.incompleteSince().toEpochMilli() + ":" + step.id();
      rows.add(
          new OutboxMessage(
              key, SmsKind.INCOMPLETE_REMINDER, subject, recipient.get(), application.language(),
              params, step.due(), notAfter));
      scheduled.add(step.due());
    }
    return new ReminderPlan(subject, scheduled, ReminderPlan.Outcome.PLANNED);
  }

  /** One reminder of a schedule: {@code a7} (7 days after) or {@code d10} (10 days before). */
  private record Step(String id, Instant due) {}

  private List<Step> steps(IncompleteApplication application, ReminderSchedule schedule, Instant now, Instant notAfter) {
    LocalDate start = application.incompleteSince().atZone(SendingWindow.PARIS).toLocalDate();
    List<Step> candidates = new ArrayList<>();
    for (int days : schedule.daysAfterIncomplete()) {
      candidates.add(step("a" + days, start.plusDays(days)));
    }
    for (int days : schedule.daysBeforeDeadline()) {
      candidates.add(step("d" + days, application.completionDeadline().minusDays(days)));
    }
    candidates.sort(Comparator.comparing(Step::due));
    List<Step> kept = new ArrayList<>();
    Set<LocalDate> days = new HashSet<>();
    for (Step step : candidates) {
      boolean inTime = step.due().isAfter(now) && step.due().isBefore(notAfter);
      if (inTime && days.add(step.due().atZone(SendingWindow.PARIS).toLocalDate())) {
        kept.add(step);
      }
    }
    return kept;
  }

  private Step step(String id, LocalDate day) {
    Instant preferred = ZonedDateTime.of(day, timeOfDay, SendingWindow.PARIS).toInstant();
    return new Step(id, window.earliestSendTime(preferred, random));
  }
}
