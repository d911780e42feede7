package fr.paris.teleservices.notifications.admin;

import static fr.paris.teleservices.notifications.support.Outboxes.mobile;
import static org.assertj.core.api.Assertions.assertThat;

import fr.paris.teleservices.notifications.NotificationsSchema;
import fr.paris.teleservices.notifications.optout.NumberRegistry;
import fr.paris.teleservices.notifications.optout.OptOutSource;
import fr.paris.teleservices.notifications.outbox.DispatchPolicy;
import fr.paris.teleservices.notifications.outbox.JdbcTransactionRunner;
import fr.paris.teleservices.notifications.outbox.MessageState;
import fr.paris.teleservices.notifications.outbox.SmsDispatcher;
import fr.paris.teleservices.notifications.sms.EmbeddedOutboxGateway;
import fr.paris.teleservices.notifications.sms.SmsEncoding;
import fr.paris.teleservices.notifications.sms.SmsGateway;
import fr.paris.teleservices.notifications.support.MutableClock;
import fr.paris.teleservices.notifications.support.Outboxes;
import fr.paris.teleservices.notifications.support.Paris;
import fr.paris.teleservices.notifications.support.TwilioStub;
import fr.paris.teleservices.notifications.text.SmsKind;
import fr.paris.teleservices.notifications.text.SmsRenderer;
import fr.paris.teleservices.notifications.twilio.TwilioSmsGateway;
import fr.paris.teleservices.notifications.verification.VerificationSms;
import fr.paris.teleservices.notifications.window.SendingWindow;
import fr.paris.teleservices.testsupport.TestDatabase;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SmsQueriesTest {

  private static final LocalDate DEADLINE = LocalDate.of(2026, 5, 2);

  private static TestDatabase db;
  private static DataSource ds;
  private static TwilioStub stub;
  private static SmsQueries queries;

  private final MutableClock clock = new MutableClock(Paris.at("2026-03-10T10:00"));

  @BeforeAll
  static void start() {
    db = TestDatabase.create("notifqueries");
    ds = db.dataSource();
    NotificationsSchema.migrate(ds);
    stub = new TwilioStub();
    queries = new SmsQueries(ds);
  }

  @AfterAll
  static void stop() {
    stub.close();
    db.close();
  }

  @BeforeEach
  void clear() throws Exception {
    Outboxes.clear(ds);
    stub.acceptAll();
  }

  @Test
  void theOwnerSeesTheTextsStaffSeeOnlyWhenAndWhether() throws Exception {
    Outboxes.enqueue(ds, clock, List.of(
        Outboxes.reminder("h", 1, clock.instant(), DEADLINE),
        Outboxes.reminder("h2", 1, Paris.at("2026-03-17T10:00"), DEADLINE)));
    dispatch(new TwilioSmsGateway(stub.settings()));

    List<SmsQueries.HistoryEntry> owner = queries.history("application:1", SmsQueries.Audience.OWNER);
    List<SmsQueries.HistoryEntry> staff = queries.history("application:1", SmsQueries.Audience.STAFF);

    assertThat(owner).hasSize(2);
    assertThat(owner).extracting(SmsQueries.HistoryEntry::state)
        .containsExactlyInAnyOrder(MessageState.SENT, MessageState.PENDING);
    SmsQueries.HistoryEntry sent = owner.stream().filter(e -> e.state() == MessageState.SENT).findFirst().orElseThrow();
    assertThat(sent.text()).contains("2025-1");
    assertThat(sent.segments()).isEqualTo(2);
    assertThat(sent.encoding()).isEqualTo(SmsEncoding.GSM_7);
    assertThat(sent.maskedRecipient()).isEqualTo("+33 6 •• •• •• 01");
    assertThat(staff).hasSize(2).allSatisfy(e -> assertThat(e.text()).isNull());
  }

  @Test
  void failuresAndFlaggedOrOptedOutNumbersForAdministrators() throws Exception {
    Outboxes.enqueue(ds, clock, List.of(Outboxes.reminder("f", 2, clock.instant(), DEADLINE)));
    stub.failWith(400, 21614, "not a mobile");
    dispatch(new TwilioSmsGateway(stub.settings()));
    try (Connection c = ds.getConnection()) {
      NumberRegistry.optOut(c, mobile(3), OptOutSource.KEYWORD, clock.instant());
    }

    assertThat(queries.failures(clock.instant().minusSeconds(3600), 10)).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(SmsKind.INCOMPLETE_REMINDER);
      assertThat(f.errorClass()).isEqualTo("NOT_MOBILE");
      assertThat(f.errorCode()).isEqualTo("21614");
      assertThat(f.maskedRecipient()).doesNotContain("1000000");
      assertThat(f.subject()).isEqualTo("application:2");
    });
    assertThat(queries.numbers(10)).hasSize(2)
        .anySatisfy(n -> assertThat(n.flagCode()).isEqualTo("21614"))
        .anySatisfy(n -> assertThat(n.optOutSource()).isEqualTo(OptOutSource.KEYWORD))
        .allSatisfy(n -> assertThat(n.maskedNumber()).contains("••"));
    assertThat(queries.isOptedOut(mobile(3))).isTrue();
    assertThat(queries.isOptedOut(mobile(2))).isFalse();
    assertThat(queries.numberStatus(mobile(2)).flagged()).isTrue();
    try (Connection c = ds.getConnection()) {
      NumberRegistry.clearFlag(c, mobile(2), clock.instant());
      assertThat(NumberRegistry.isOptedOut(c, mobile(3))).isTrue();
    }
    assertThat(queries.numberStatus(mobile(2)).flagged()).isFalse();
    assertThat(queries.numbers(10)).hasSize(1);
  }

  @Test
  void volumeIsCountedPerParisDay() throws Exception {
    clock.set(Paris.at("2026-03-10T19:30"));
    Outboxes.enqueue(ds, clock, List.of(Outboxes.reminder("v", 1, clock.instant(), DEADLINE)));
    dispatch(new TwilioSmsGateway(stub.settings()));
    // 00:30 in Paris on 11 March is still 10 March in UTC: it must count for the 11th.
    clock.set(Paris.at("2026-03-11T00:30"));
    try (Connection c = ds.getConnection()) {
      new VerificationSms(Duration.ofMinutes(10), clock)
          .send(c, "account:1", "v-code", mobile(2), "fr", "123456");
    }
    dispatch(new TwilioSmsGateway(stub.settings()));
    Outboxes.enqueue(ds, clock, List.of(Outboxes.reminder("v", 3, Paris.at("2026-03-11T09:00"), DEADLINE)));
    clock.set(Paris.at("2026-03-11T09:30"));
    stub.failWith(400, 21211, "invalid");
    dispatch(new TwilioSmsGateway(stub.settings()));

    List<SmsQueries.DailyVolume> volume = queries.volumePerDay(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 11));

    assertThat(volume).containsExactly(
        new SmsQueries.DailyVolume(LocalDate.of(2026, 3, 9), 0, 0, 0),
        new SmsQueries.DailyVolume(LocalDate.of(2026, 3, 10), 1, 2, 0),
        new SmsQueries.DailyVolume(LocalDate.of(2026, 3, 11), 1, 1, 1));
  }

  @Test
  void theEmbeddedOutboxShowsTheTextAndMasksTheRecipientUnlessRevealed() throws Exception {
    Outboxes.enqueue(ds, clock, List.of(Outboxes.reminder("e", 4, clock.instant(), DEADLINE)));
    dispatch(new EmbeddedOutboxGateway());

    assertThat(queries.embeddedOutbox(10, false)).singleElement().satisfies(m -> {
      assertThat(m.recipient()).isEqualTo("+33 6 •• •• •• 04");
      assertThat(m.text()).startsWith("Ville de Paris : votre demande 2025-4 est incomplète.");
      assertThat(m.sentAt()).isEqualTo(clock.instant());
    });
    assertThat(queries.embeddedOutbox(10, true)).singleElement()
        .satisfies(m -> assertThat(m.recipient()).isEqualTo(mobile(4)));
  }

  private void dispatch(SmsGateway gateway) throws Exception {
    new SmsDispatcher(new JdbcTransactionRunner(ds), gateway, new SmsRenderer(3, true, clock, SendingWindow.PARIS),
        DispatchPolicy.standard(), clock, new Random(1)).dispatchDue(50);
  }
}
