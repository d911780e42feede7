package fr.paris.teleservices.notifications.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.paris.teleservices.notifications.NotificationsSchema;
import fr.paris.teleservices.notifications.sms.GatewayReceipt;
import fr.paris.teleservices.notifications.sms.OutgoingSms;
import fr.paris.teleservices.notifications.sms.SmsGateway;
import fr.paris.teleservices.notifications.support.DispatcherProcess;
import fr.paris.teleservices.notifications.support.MutableClock;
import fr.paris.teleservices.notifications.support.Outboxes;
import fr.paris.teleservices.notifications.support.Paris;
import fr.paris.teleservices.notifications.support.TwilioStub;
import fr.paris.teleservices.notifications.text.SmsRenderer;
import fr.paris.teleservices.notifications.twilio.TwilioSmsGateway;
import fr.paris.teleservices.notifications.window.SendingWindow;
import fr.paris.teleservices.testsupport.TestDatabase;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Dispatchers racing on one MariaDB send each message once, counted at the Twilio stub. */
class ExactlyOnceTest {

  private static final Instant NOW = Paris.at("2026-03-10T10:00");
  private static final LocalDate DEADLINE = LocalDate.of(2026, 5, 2);

  private static TestDatabase db;
  private static DataSource ds;
  private static TwilioStub stub;

  @BeforeAll
  static void start() {
    db = TestDatabase.create("notifonce");
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
  void clear() throws Exception {
    Outboxes.clear(ds);
    stub.resetRequests();
    // A little latency at the provider, so that the dispatchers' batches interleave.
    stub.acceptAllAfter(Duration.ofMillis(5));
  }

  @Test
  void twoDispatchersInTwoThreadsSendEachMessageOnce() throws Exception {
    int messages = 300;
    Outboxes.enqueue(ds, new MutableClock(NOW), Outboxes.reminders("threads", messages, NOW, DEADLINE));
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> sent = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        SmsDispatcher dispatcher = dispatcher(new TwilioSmsGateway(stub.settings()), new MutableClock(NOW));
        sent.add(pool.submit(() -> {
          start.await();
          return drain(dispatcher, 5);
        }));
      }
      int first = sent.get(0).get(2, TimeUnit.MINUTES);
      int second = sent.get(1).get(2, TimeUnit.MINUTES);

      assertThat(first + second).isEqualTo(messages);
      assertThat(first).as("both dispatchers took part").isPositive();
      assertThat(second).as("both dispatchers took part").isPositive();
    } finally {
      pool.shutdownNow();
    }
    assertEachRecipientReceivedExactlyOnce(messages);
    assertThat(Outboxes.states(ds, "threads")).isEqualTo(Map.of("SENT", messages));
  }

  @Test
  void twoDispatchersInTwoJvmsSendEachMessageOnce() throws Exception {
    int messages = 200;
    Outboxes.enqueue(ds, new MutableClock(NOW), Outboxes.reminders("jvms", messages, NOW, DEADLINE));
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process child =
        new ProcessBuilder(
                System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-cp", classpath, DispatcherProcess.class.getName(),
                db.url(), db.user(), db.password(), stub.baseUrl().toString(),
                Long.toString(NOW.toEpochMilli()), "5")
            .redirectErrorStream(true)
            .start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(waitFor(out, "READY")).isEqualTo("READY");
      int here = drain(dispatcher(new TwilioSmsGateway(stub.settings()), new MutableClock(NOW)), 5);
      String last = waitFor(out, "SENT ");
      assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
      assertThat(child.exitValue()).isZero();
      int there = Integer.parseInt(last.substring("SENT ".length()));

      assertThat(here + there).isEqualTo(messages);
      assertThat(here).as("this JVM took part").isPositive();
      assertThat(there).as("the other JVM took part").isPositive();
    } finally {
      child.destroyForcibly();
    }
    assertEachRecipientReceivedExactlyOnce(messages);
    assertThat(Outboxes.states(ds, "jvms")).isEqualTo(Map.of("SENT", messages));
  }

  @Test
  void aDispatcherThatDiesBetweenClaimAndSendLeavesItsRowsToAnotherOnceTheLeaseExpires() throws Exception {
    int messages = 20;
    MutableClock clock = new MutableClock(NOW);
    Outboxes.enqueue(ds, clock, Outboxes.reminders("crash", messages, NOW, DEADLINE));
    SmsDispatcher dying = dispatcher(new DyingGateway(), clock);
    SmsDispatcher survivor = dispatcher(new TwilioSmsGateway(stub.settings()), clock);

    assertThatThrownBy(() -> dying.dispatchDue(messages)).isInstanceOf(DyingGateway.Death.class);
    assertThat(Outboxes.states(ds, "crash")).isEqualTo(Map.of("SENDING", messages));

    assertThat(survivor.dispatchDue(messages).claimed()).as("leased rows are left alone").isZero();
    clock.advance(Duration.ofMinutes(4));
    assertThat(survivor.dispatchDue(messages).claimed()).isZero();
    assertThat(stub.requestCount()).isZero();

    clock.advance(Duration.ofMinutes(2));
    assertThat(drain(survivor, 7)).isEqualTo(messages);
    clock.advance(Duration.ofHours(1));
    assertThat(survivor.dispatchDue(messages).claimed()).isZero();

    assertEachRecipientReceivedExactlyOnce(messages);
    assertThat(Outboxes.states(ds, "crash")).isEqualTo(Map.of("SENT", messages));
    assertThat(Outboxes.row(ds, "crash:0").get("attempts")).as("the abandoned attempt counts").isEqualTo(2);
  }

  private static int drain(SmsDispatcher dispatcher, int batch) throws Exception {
    int sent = 0;
    for (DispatchReport report = dispatcher.dispatchDue(batch); report.claimed() > 0; report = dispatcher.dispatchDue(batch)) {
      sent += report.sent();
    }
    return sent;
  }

  private static SmsDispatcher dispatcher(SmsGateway gateway, MutableClock clock) {
    return new SmsDispatcher(new JdbcTransactionRunner(ds), gateway, new SmsRenderer(3, true, clock, SendingWindow.PARIS),
        DispatchPolicy.standard(), clock, new Random());
  }

  private static void assertEachRecipientReceivedExactlyOnce(int messages) {
    Map<String, Integer> perRecipient = stub.requestsPerRecipient();
    assertThat(perRecipient).hasSize(messages);
    assertThat(perRecipient.values()).containsOnly(1);
    for (int i = 0; i < messages; i++) {
      assertThat(perRecipient).containsEntry(Outboxes.mobile(i), 1);
    }
    // Rendered concurrently, each text still names its own request.
    for (Map<String, String> request : stub.requests()) {
      int n = Integer.parseInt(request.get("To").substring("+3361".length()));
      assertThat(request.get("Body")).contains("votre demande 2025-" + n + " est incomplète");
    }
  }

  private static String waitFor(BufferedReader out, String prefix) throws Exception {
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith(prefix)) {
        return line;
      }
    }
    throw new AssertionError("The dispatcher process ended without printing " + prefix);
  }

  /** Stands for a JVM killed after its claim committed and before anything was sent. */
  private static final class DyingGateway implements SmsGateway {

    static final class Death extends Error {
      Death() {
        super("simulated kill -9 between claim and send");
      }
    }

    @Override
    public String name() {
      return "dying";
    }

    @Override
    public boolean deliversToOutbox() {
      return false;
    }

    @Override
    public GatewayReceipt send(OutgoingSms sms) {
      throw new Death();
    }
  }
}
