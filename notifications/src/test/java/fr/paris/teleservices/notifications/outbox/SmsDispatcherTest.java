package fr.paris.teleservices.notifications.outbox;

import static fr.paris.teleservices.notifications.support.Outboxes.mobile;
import static fr.paris.teleservices.notifications.support.Outboxes.reminder;
import static fr.paris.teleservices.notifications.support.Outboxes.row;
import static org.assertj.core.api.Assertions.assertThat;

import fr.paris.teleservices.notifications.NotificationsSchema;
import fr.paris.teleservices.notifications.optout.NumberRegistry;
import fr.paris.teleservices.notifications.optout.NumberStatus;
import fr.paris.teleservices.notifications.optout.OptOutSource;
import fr.paris.teleservices.notifications.sms.EmbeddedOutboxGateway;
import fr.paris.teleservices.notifications.sms.SmsGateway;
import fr.paris.teleservices.notifications.support.MutableClock;
import fr.paris.teleservices.notifications.support.Outboxes;
import fr.paris.teleservices.notifications.support.Paris;
import fr.paris.teleservices.notifications.support.TwilioStub;
import fr.paris.teleservices.notifications.text.SmsRenderer;
import fr.paris.teleservices.notifications.twilio.TwilioSmsGateway;
import fr.paris.teleservices.notifications.verification.VerificationSms;
import fr.paris.teleservices.notifications.window.SendingWindow;
import fr.paris.teleservices.testsupport.TestDatabase;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SmsDispatcherTest {

  private static final Instant TUESDAY_10 = Paris.at("2026-03-10T10:00");
  private static final LocalDate DEADLINE = LocalDate.of(2026, 5, 2);
  private static final AtomicInteger KEYS = new AtomicInteger();

  private static TestDatabase db;
  private static DataSource ds;
  private static TwilioStub stub;

  private final MutableClock clock = new MutableClock(TUESDAY_10);
  private final DispatchPolicy policy =
      new DispatchPolicy(
          Duration.ofMinutes(5),
          new RetryPolicy(3, Duration.ofMinutes(1), Duration.ofMinutes(10)),
          new SendingWindow(LocalTime.of(8, 0), LocalTime.of(20, 0), Duration.ofMinutes(15)));
  private String prefix;

  @BeforeAll
  static void start() {
    db = TestDatabase.create("notifdispatch");
    ds = db.dataSource();
    NotificationsSchema.migrate(ds);
    stub = new TwilioStub();
  }

  @AfterAll
  static void stop() {
    stub.close();
    db.close();
  }

  @BeforeEach
  void reset() throws Exception {
    Outboxes.clear(ds);
    stub.acceptAll();
    stub.resetRequests();
    prefix = "t" + KEYS.incrementAndGet();
  }

  @Test
  void sendsWhatIsDueAndRecordsIt() throws Exception {
    int base = 1000 * KEYS.get();
    Outboxes.enqueue(ds, clock, List.of(
        reminder(prefix, base + 1, TUESDAY_10.minusSeconds(60), DEADLINE),
        reminder(prefix, base + 2, TUESDAY_10, DEADLINE),
        reminder(prefix, base + 3, TUESDAY_10.plusSeconds(3600), DEADLINE)));

    DispatchReport report = dispatcher(twilio()).dispatchDue(10);

    assertThat(report.claimed()).isEqualTo(2);
    assertThat(report.sent()).isEqualTo(2);
    assertThat(stub.requestsPerRecipient()).containsOnlyKeys(mobile(base + 1), mobile(base + 2));
    Map<String, Object> sent = row(ds, prefix + ":" + (base + 1));
    assertThat(sent.get("state")).isEqualTo("SENT");
    assertThat((String) sent.get("provider_sid")).startsWith("SM");
    assertThat(sent.get("provider_status")).isEqualTo("queued");
    assertThat(sent.get("gateway")).isEqualTo("twilio");
    assertThat(sent.get("attempts")).isEqualTo(1);
    assertThat(sent.get("encoding")).isEqualTo("GSM_7");
    assertThat(sent.get("segments")).isEqualTo(2);
    assertThat((String) sent.get("body")).contains("2025-" + (base + 1), "53 jours");
    assertThat(sent.get("claim_token")).isNull();
    assertThat(row(ds, prefix + ":" + (base + 3)).get("state")).isEqualTo("PENDING");

    assertThat(dispatcher(twilio()).dispatchDue(10).claimed()).isZero();
    assertThat(stub.requestCount()).isEqualTo(2);
  }

  @Test
  void aTransientFailureIsRetriedAfterABackoffThenSent() throws Exception {
    Outboxes.enqueue(ds, clock, List.of(reminder(prefix, 1, TUESDAY_10, DEADLINE)));
    stub.failWith(500, 20500, "Internal Server Error");

    DispatchReport first = dispatcher(twilio()).dispatchDue(10);

    assertThat(first.retried()).isEqualTo(1);
    Map<String, Object> waiting = row(ds, prefix + ":1");
    assertThat(waiting.get("state")).isEqualTo("PENDING");
    assertThat(waiting.get("last_error_class")).isEqualTo("PROVIDER_ERROR");
    assertThat(waiting.get("last_error_code")).isEqualTo("20500");
    assertThat(Outboxes.instant(waiting.get("next_attempt_at")))
        .isBetween(TUESDAY_10.plusSeconds(30), TUESDAY_10.plusSeconds(60));

    stub.acceptAll();
    assertThat(dispatcher(twilio()).dispatchDue(10).claimed()).as("not before the backoff").isZero();
    clock.advance(Duration.ofMinutes(2));
    assertThat(dispatcher(twilio()).dispatchDue(10).sent()).isEqualTo(1);
    assertThat(row(ds, prefix + ":1").get("state")).isEqualTo("SENT");
    assertThat(row(ds, prefix + ":1").get("attempts")).isEqualTo(2);
    assertThat(stub.requestCount()).isEqualTo(2);
  }

  @Test
  void transientFailuresStopAtTheMaximumAndTheNumberIsNotBlamed() throws Exception {
    Outboxes.enqueue(ds, clock, List.of(reminder(prefix, 2, TUESDAY_10, DEADLINE)));
    stub.failWith(429, 20429, "Too Many Requests");
    SmsDispatcher dispatcher = dispatcher(twilio());

    for (int i = 0; i < 5; i++) {
      dispatcher.dispatchDue(10);
      clock.advance(Duration.ofHours(1));
    }

    Map<String, Object> failed = row(ds, prefix + ":2");
    assertThat(failed.get("state")).isEqualTo("FAILED");
    assertThat(failed.get("attempts")).isEqualTo(3);
    assertThat(failed.get("last_error_class")).isEqualTo("RATE_LIMITED");
    assertThat(stub.requestCount()).isEqualTo(3);
    assertThat(status(mobile(2)).flagged()).isFalse();
  }

  @Test
  void anInvalidNumberFailsAtOnceAndIsFlaggedForStaff() throws Exception {
    Outboxes.enqueue(ds, clock, List.of(reminder(prefix, 3, TUESDAY_10, DEADLINE)));
    stub.failWith(400, 21211, "The 'To' number is not a valid phone number.");

    DispatchReport report = dispatcher(twilio()).dispatchDue(10);

    assertThat(report.failed()).isEqualTo(1);
    assertThat(row(ds, prefix + ":3").get("state")).isEqualTo("FAILED");
    assertThat(row(ds, prefix + ":3").get("attempts")).isEqualTo(1);
    assertThat(status(mobile(3)).flagCode()).isEqualTo("21211");
    clock.advance(Duration.ofDays(1));
    dispatcher(twilio()).dispatchDue(10);
    assertThat(stub.requestCount()).isEqualTo(1);
  }

  @Test
  void anUnsubscribedNumberIsOptedOutAndReceivesNothingMore() throws Exception {
    Outboxes.enqueue(ds, clock, List.of(reminder(prefix, 4, TUESDAY_10, DEADLINE)));
    stub.failWith(400, 21610, "Attempt to send to unsubscribed recipient");

    assertThat(dispatcher(twilio()).dispatchDue(10).optedOut()).isEqualTo(1);
    assertThat(row(ds, prefix + ":4").get("state")).isEqualTo("OPTED_OUT");
    NumberStatus number = status(mobile(4));
    assertThat(number.optedOut()).isTrue();
    assertThat(number.optOutSource()).isEqualTo(OptOutSource.PROVIDER);

    stub.acceptAll();
    stub.resetRequests();
    Outboxes.enqueue(ds, clock, List.of(reminder(prefix + "b", 4, TUESDAY_10, DEADLINE)));
    assertThat(dispatcher(twilio()).dispatchDue(10).optedOut()).isEqualTo(1);
    assertThat(row(ds, prefix + "b:4").get("state")).isEqualTo("OPTED_OUT");
    assertThat(stub.requestCount()).isZero();
  }

  @Test
  void atNightRemindersWaitForTheMorningButACodeGoesAtOnce() throws Exception {
    clock.set(Paris.at("2026-03-10T23:00"));
    int n = 5;
    Outboxes.enqueue(ds, clock, List.of(reminder(prefix, n, Paris.at("2026-03-10T19:59"), DEADLINE)));
    try (Connection c = ds.getConnection()) {
      new VerificationSms(Duration.ofMinutes(10), clock).send(c, "account:5", prefix + "-code", mobile(6), "fr", "482913");
    }

    DispatchReport night = dispatcher(twilio()).dispatchDue(10);

    assertThat(night.sent()).isEqualTo(1);
    assertThat(stub.requestsPerRecipient()).containsOnlyKeys(mobile(6));
    assertThat(row(ds, prefix + ":" + n).get("state")).isEqualTo("PENDING");
    clock.set(Paris.at("2026-03-11T08:05"));
    assertThat(dispatcher(twilio()).dispatchDue(10).sent()).isEqualTo(1);
    assertThat(stub.requestsPerRecipient()).containsOnlyKeys(mobile(6), mobile(n));
  }

  @Test
  void aVerificationCodeIsMaskedInTheStoredCopyOnceSentForReal() throws Exception {
    try (Connection c = ds.getConnection()) {
      new VerificationSms(Duration.ofMinutes(10), clock).send(c, "account:7", prefix + "-code", "07 81 23 45 67", "fr", "482913");
    }
    dispatcher(twilio()).dispatchDue(10);

    assertThat(stub.requests()).singleElement().satisfies(form -> assertThat(form.get("Body")).contains("482913"));
    Map<String, Object> stored = row(ds, "code:" + prefix + "-code");
    assertThat(stored.get("recipient")).isEqualTo("+33781234567");
    assertThat((String) stored.get("body")).contains("******").doesNotContain("482913");
  }

  @Test
  void everythingNotYetSentToANumberIsCancelledWhenItsOwnerLeaves() throws Exception {
    int base = 1000 * KEYS.get();
    Outboxes.enqueue(ds, clock, List.of(
        reminder(prefix, base + 1, TUESDAY_10.plusSeconds(3600), DEADLINE),
        reminder(prefix, base + 2, TUESDAY_10.plusSeconds(3600), DEADLINE)));
    dispatcher(twilio()).dispatchDue(10);
    Outboxes.enqueue(ds, clock, List.of(reminder(prefix, base + 3, TUESDAY_10, DEADLINE)));
    dispatcher(twilio()).dispatchDue(10);
    Outboxes.enqueue(ds, clock, List.of(reminder(prefix + "b", base + 3, TUESDAY_10.plusSeconds(7200), DEADLINE)));

    int cancelled;
    try (Connection c = ds.getConnection()) {
      cancelled = new SmsOutbox(clock).cancelPendingTo(c, mobile(base + 3));
    }

    assertThat(cancelled).as("only the pending message to that number").isEqualTo(1);
    assertThat(row(ds, prefix + "b:" + (base + 3)).get("state")).isEqualTo("CANCELLED");
    assertThat(row(ds, prefix + ":" + (base + 3)).get("state")).as("already sent: history stays").isEqualTo("SENT");
    assertThat(row(ds, prefix + ":" + (base + 1)).get("state")).as("another number").isEqualTo("PENDING");
  }

  @Test
  void anExpiredCodeIsCancelledNotSent() throws Exception {
    try (Connection c = ds.getConnection()) {
      new VerificationSms(Duration.ofMinutes(10), clock).send(c, "account:8", prefix + "-code", mobile(8), "fr", "111111");
    }
    clock.advance(Duration.ofMinutes(11));

    DispatchReport report = dispatcher(twilio()).dispatchDue(10);

    assertThat(report.cancelled()).isEqualTo(1);
    assertThat(row(ds, "code:" + prefix + "-code").get("state")).isEqualTo("CANCELLED");
    assertThat(row(ds, "code:" + prefix + "-code").get("last_error_class")).isEqualTo("EXPIRED");
    assertThat(stub.requestCount()).isZero();
  }

  @Test
  void aTextOverTheSegmentBudgetFailsWithoutBeingSent() throws Exception {
    OutboxMessage arabic = reminder(prefix, 9, TUESDAY_10, DEADLINE);
    Outboxes.enqueue(ds, clock, List.of(new OutboxMessage(arabic.dedupeKey(), arabic.kind(), arabic.subject(),
        arabic.recipient(), "ar", arabic.params(), arabic.dueAt(), null)));
    SmsDispatcher oneSms =
        new SmsDispatcher(new JdbcTransactionRunner(ds), twilio(),
            new SmsRenderer(1, true, clock, SendingWindow.PARIS), policy, clock, new Random(1));

    assertThat(oneSms.dispatchDue(10).failed()).isEqualTo(1);
    assertThat(row(ds, prefix + ":9").get("state")).isEqualTo("FAILED");
    assertThat(row(ds, prefix + ":9").get("last_error_class")).isEqualTo("SEGMENT_BUDGET");
    assertThat(stub.requestCount()).isZero();
  }

  @Test
  void theEmbeddedOutboxDeliversTheFullTextToItsPage() throws Exception {
    try (Connection c = ds.getConnection()) {
      new VerificationSms(Duration.ofMinutes(10), clock).send(c, "account:10", prefix + "-code", mobile(10), "en", "654321");
    }
    dispatcher(new EmbeddedOutboxGateway()).dispatchDue(10);

    Map<String, Object> delivered = row(ds, "code:" + prefix + "-code");
    assertThat(delivered.get("state")).isEqualTo("DELIVERED");
    assertThat(delivered.get("gateway")).isEqualTo("embedded");
    assertThat((String) delivered.get("provider_sid")).isEqualTo("embedded-" + delivered.get("id"));
    assertThat((String) delivered.get("body")).contains("654321").startsWith("City of Paris");
    assertThat(stub.requestCount()).isZero();
  }

  private SmsGateway twilio() {
    return new TwilioSmsGateway(stub.settings());
  }

  private SmsDispatcher dispatcher(SmsGateway gateway) {
    return new SmsDispatcher(
        new JdbcTransactionRunner(ds), gateway, new SmsRenderer(3, true, clock, SendingWindow.PARIS), policy, clock,
        new Random(1));
  }

  private static NumberStatus status(String e164) throws Exception {
    try (Connection c = ds.getConnection()) {
      return NumberRegistry.status(c, e164);
    }
  }

}
