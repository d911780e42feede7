package fr.paris.teleservices.notifications.reminder;

import static fr.paris.teleservices.notifications.support.Paris.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.paris.teleservices.notifications.NotificationsSchema;
import fr.paris.teleservices.notifications.sms.InvalidPhoneNumberException;
import fr.paris.teleservices.notifications.support.MutableClock;
import fr.paris.teleservices.notifications.support.Outboxes;
import fr.paris.teleservices.notifications.text.Where;
import fr.paris.teleservices.notifications.verification.VerificationSms;
import fr.paris.teleservices.notifications.window.SendingWindow;
import fr.paris.teleservices.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReminderPlannerTest {

  private static TestDatabase db;
  private static DataSource ds;

  /** No jitter, so that postponed times are exact. */
  private final SendingWindow window = new SendingWindow(LocalTime.of(8, 0), LocalTime.of(20, 0), Duration.ZERO);
  private final MutableClock clock = new MutableClock(at("2026-03-10T09:00"));
  private final ReminderPlanner planner = new ReminderPlanner(window, LocalTime.of(10, 0), clock, new Random(1));

  @BeforeAll
  static void start() {
    db = TestDatabase.create("notifplan");
    ds = db.dataSource();
    NotificationsSchema.migrate(ds);
  }

  @AfterAll
  static void stop() {
    db.close();
  }

  @BeforeEach
  void clear() throws SQLException {
    Outboxes.clear(ds);
  }

  @Test
  void theDefaultScheduleIs2_7_21DaysAnd10DaysBeforeTheDeadlineAt10() throws Exception {
    ReminderPlan plan = planInOwnTransaction(application("app-1", at("2026-03-10T09:00"), "2026-05-02"));

    assertThat(plan.outcome()).isEqualTo(ReminderPlan.Outcome.PLANNED);
    assertThat(plan.scheduled())
        .containsExactly(at("2026-03-12T10:00"), at("2026-03-17T10:00"), at("2026-03-31T10:00"), at("2026-04-22T10:00"));
    List<Map<String, Object>> rows = rows("app-1");
    assertThat(rows).hasSize(4).allSatisfy(row -> {
      assertThat(row.get("state")).isEqualTo("PENDING");
      assertThat(row.get("kind")).isEqualTo("INCOMPLETE_REMINDER");
      assertThat(row.get("recipient")).isEqualTo("+33612345678");
      assertThat(row.get("respect_window")).isEqualTo(true);
      assertThat(Outboxes.instant(row.get("not_after"))).isEqualTo(at("2026-05-02T00:00"));
      assertThat((String) row.get("params_json")).contains("\"number\":\"2026-000123\"", "\"deadline\":\"2026-05-02\"");
    });
  }

  @Test
  void remindersFallingOnASundayOrAHolidayMoveToTheNextMorning() throws Exception {
    clock.set(at("2027-03-27T11:00"));
    ReminderPlan plan =
        planInOwnTransaction(application("app-easter", at("2027-03-27T11:00"), "2027-05-27"), new ReminderSchedule(List.of(2, 8), List.of(), 4));
    // +2 days is Easter Monday (29 March) → Tuesday 8:00; +8 days is Sunday 4 April → Monday 8:00.
    assertThat(plan.scheduled()).containsExactly(at("2027-03-30T08:00"), at("2027-04-05T08:00"));
  }

  @Test
  void planningTwiceTheSameEpisodePlansOnce() throws Exception {
    IncompleteApplication application = application("app-2", at("2026-03-10T09:00"), "2026-05-02");
    planInOwnTransaction(application);
    planInOwnTransaction(application);
    assertThat(rows("app-2")).hasSize(4);
  }

  @Test
  void aRolledBackTransactionPlansNothing() throws Exception {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      planner.planIncomplete(c, application("app-3", at("2026-03-10T09:00"), "2026-05-02"), ReminderSchedule.DEFAULT);
      assertThat(c.getAutoCommit()).isFalse();
      c.rollback();
    }
    assertThat(rows("app-3")).isEmpty();
  }

  @Test
  void cancellingStopsEveryPendingReminderAtOnce() throws Exception {
    planInOwnTransaction(application("app-4", at("2026-03-10T09:00"), "2026-05-02"));
    Outboxes.execute(ds, "UPDATE sms_message SET state = 'SENT' WHERE subject = 'app-4' AND dedupe_key LIKE '%:a2'");

    int cancelled;
    try (Connection c = ds.getConnection()) {
      cancelled = planner.cancelPlan(c, "app-4");
    }

    assertThat(cancelled).isEqualTo(3);
    assertThat(rows("app-4")).extracting(r -> r.get("state")).containsExactlyInAnyOrder("SENT", "CANCELLED", "CANCELLED", "CANCELLED");
  }

  @Test
  void nothingIsPlannedOnOrAfterTheDeadlineNorTwiceOnOneDay() throws Exception {
    clock.set(at("2026-04-20T09:00"));
    ReminderPlan plan = planInOwnTransaction(application("app-5", at("2026-04-20T09:00"), "2026-05-02"));
    // +2 → 22 April, +7 → 27 April, +21 → 11 May (after), 10 days before → 22 April (same day as +2).
    assertThat(plan.scheduled()).containsExactly(at("2026-04-22T10:00"), at("2026-04-27T10:00"));

    clock.set(at("2026-04-30T09:00"));
    ReminderPlan late = planInOwnTransaction(application("app-5b", at("2026-04-30T09:00"), "2026-05-02"));
    assertThat(late.outcome()).isEqualTo(ReminderPlan.Outcome.NOTHING_BEFORE_DEADLINE);
  }

  @Test
  void aRequestNeverGetsMoreThanTheMaximumAcrossEpisodes() throws Exception {
    planInOwnTransaction(application("app-6", at("2026-03-10T09:00"), "2026-05-02"));
    Outboxes.execute(ds, "UPDATE sms_message SET state = 'DELIVERED' WHERE subject = 'app-6' AND dedupe_key NOT LIKE '%:d10'");
    try (Connection c = ds.getConnection()) {
      planner.cancelPlan(c, "app-6");
    }

    clock.set(at("2026-04-01T09:00"));
    ReminderPlan second = planInOwnTransaction(application("app-6", at("2026-04-01T09:00"), "2026-05-02"));
    assertThat(second.scheduled()).hasSize(1).containsExactly(at("2026-04-03T10:00"));

    Outboxes.execute(ds, "UPDATE sms_message SET state = 'SENT' WHERE subject = 'app-6' AND state = 'PENDING'");
    clock.set(at("2026-04-10T09:00"));
    assertThat(planInOwnTransaction(application("app-6", at("2026-04-10T09:00"), "2026-05-02")).outcome())
        .isEqualTo(ReminderPlan.Outcome.LIMIT_REACHED);
  }

  @Test
  void onlyAMobileWhoseOwnerAllowsRemindersIsPlanned() throws Exception {
    IncompleteApplication landline = new IncompleteApplication("app-7", "2026-7", "01 42 76 40 40", "fr",
        LocalDate.of(2026, 3, 2), LocalDate.of(2026, 5, 2), at("2026-03-10T09:00"), Where.online("x.fr"), true);
    IncompleteApplication none = new IncompleteApplication("app-8", "2026-8", null, "fr",
        LocalDate.of(2026, 3, 2), LocalDate.of(2026, 5, 2), at("2026-03-10T09:00"), Where.online("x.fr"), true);
    IncompleteApplication off = new IncompleteApplication("app-9", "2026-9", "0612345678", "fr",
        LocalDate.of(2026, 3, 2), LocalDate.of(2026, 5, 2), at("2026-03-10T09:00"), Where.online("x.fr"), false);
    try (Connection c = ds.getConnection()) {
      List<ReminderPlan> plans = planner.planIncomplete(c, List.of(landline, none, off), ReminderSchedule.DEFAULT);
      assertThat(plans).extracting(ReminderPlan::outcome).containsExactly(
          ReminderPlan.Outcome.NO_MOBILE_NUMBER, ReminderPlan.Outcome.NO_MOBILE_NUMBER, ReminderPlan.Outcome.REMINDERS_OFF);
    }
    assertThat(count()).isZero();
  }

  @Test
  void manyRequestsArePlannedInOneBatchLargerThanOneInList() throws Exception {
    List<IncompleteApplication> applications = new ArrayList<>();
    for (int i = 0; i < 1200; i++) {
      applications.add(application("batch-" + i, at("2026-03-10T09:00"), "2026-05-02"));
    }
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      assertThat(planner.planIncomplete(c, applications, ReminderSchedule.DEFAULT))
          .allSatisfy(p -> assertThat(p.scheduled()).hasSize(4));
      c.commit();
    }
    assertThat(count()).isEqualTo(4800);
  }

  @Test
  void domiciliationEndingIsAnnouncedTwoMonthsBefore() throws Exception {
    DomiciliationNotices notices = new DomiciliationNotices(window, LocalTime.of(10, 0), clock, new Random(1));
    DomiciliationEnding ending = new DomiciliationEnding("dom-1", "+33612345678", "fr", LocalDate.of(2026, 6, 15),
        Where.eps("Paris 18 Belliard"), true);
    try (Connection c = ds.getConnection()) {
      assertThat(notices.planEnding(c, ending)).contains(at("2026-04-15T10:00"));
      assertThat(notices.planEnding(c, ending)).contains(at("2026-04-15T10:00"));
    }
    assertThat(rows("dom-1")).singleElement().satisfies(r -> assertThat(r.get("kind")).isEqualTo("DOMICILIATION_ENDING"));
  }

  @Test
  void mailArrivedAtNightIsToldTheNextMorningOncePerArrival() throws Exception {
    clock.set(at("2026-03-10T21:30"));
    DomiciliationNotices notices = new DomiciliationNotices(window, LocalTime.of(10, 0), clock, new Random(1));
    MailArrival arrival = new MailArrival("dom-2", "mail-77", 2, "0612345678", "ar", Where.eps("Paris 18"), true);
    try (Connection c = ds.getConnection()) {
      assertThat(notices.mailArrived(c, arrival)).contains(at("2026-03-11T08:00"));
      notices.mailArrived(c, arrival);
    }
    assertThat(rows("dom-2")).hasSize(1);
  }

  @Test
  void aVerificationCodeIsDueAtOnceEvenAtNight() throws Exception {
    clock.set(at("2026-03-10T23:45"));
    try (Connection c = ds.getConnection()) {
      new VerificationSms(Duration.ofMinutes(10), clock).send(c, "account-1", "req-1", "06 12 34 56 78", "fr", "123456");
      assertThatThrownBy(() -> new VerificationSms(Duration.ofMinutes(10), clock)
          .send(c, "account-1", "req-2", "01 42 76 40 40", "fr", "123456"))
          .isInstanceOf(InvalidPhoneNumberException.class);
    }
    assertThat(rows("account-1")).singleElement().satisfies(row -> {
      assertThat(Outboxes.instant(row.get("due_at"))).isEqualTo(at("2026-03-10T23:45"));
      assertThat(Outboxes.instant(row.get("not_after"))).isEqualTo(at("2026-03-10T23:55"));
      assertThat(row.get("respect_window")).isEqualTo(false);
    });
  }

  private ReminderPlan planInOwnTransaction(IncompleteApplication application) throws SQLException {
    return planInOwnTransaction(application, ReminderSchedule.DEFAULT);
  }

  private ReminderPlan planInOwnTransaction(IncompleteApplication application, ReminderSchedule schedule)
      throws SQLException {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      ReminderPlan plan = planner.planIncomplete(c, application, schedule);
      c.commit();
      return plan;
    }
  }

  private static IncompleteApplication application(String subject, Instant since, String deadline) {
    return new IncompleteApplication(subject, "2026-000123", "06 12 34 56 78", "fr", LocalDate.parse(deadline).minusMonths(2),
        LocalDate.parse(deadline), since, Where.online("teleservices.paris.fr"), true);
  }

  private static List<Map<String, Object>> rows(String subject) throws SQLException {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (Connection c = ds.getConnection();
        PreparedStatement st = c.prepareStatement("SELECT dedupe_key FROM sms_message WHERE subject = ? ORDER BY due_at")) {
      st.setString(1, subject);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          rows.add(Outboxes.row(ds, rs.getString(1)));
        }
      }
    }
    return rows;
  }

  private static int count() throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM sms_message");
        ResultSet rs = st.executeQuery()) {
      rs.next();
      return rs.getInt(1);
    }
  }

}
