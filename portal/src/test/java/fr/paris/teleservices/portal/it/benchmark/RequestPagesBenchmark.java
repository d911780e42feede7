package fr.paris.teleservices.portal.it.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paris.teleservices.portal.account.DemoAccounts;
import fr.paris.teleservices.portal.it.PortalTestEnvironment;
import fr.paris.teleservices.portal.it.support.HttpSession;
import java.net.URL;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 4's benchmark: 100,000 requests in MariaDB, then the instructor's queue and a usager's
 * "Mes démarches" measured over HTTP on loopback (median and p95 of the full page time, which is
 * the server time plus a loopback round trip). Run with {@code mvn -pl portal -am -Pbenchmark verify}.
 * It prints figures; it asserts only that the pages show the right rows, never a time.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestPagesBenchmark {

  static final int REQUESTS = Integer.getInteger("benchmark.requests", 100_000);
  static final int USAGERS = REQUESTS / 5;
  static final int RUNS = Integer.getInteger("benchmark.runs", 60);
  static final String[] STATES = {"SUBMITTED", "INCOMPLETE", "UNDER_REVIEW", "GRANTED", "REJECTED", "LAPSED"};
  static final String[] PROCEDURES = {"paris-solidarite", "paris-logement", "paris-energie-familles", "complement-sante-paris"};

  @ArquillianResource URL base;

  @Test
  void queueAndMyRequestsWith100000Requests() throws Exception {
    long start = System.nanoTime();
    String heavyUsager = fill();
    System.out.printf("%n[benchmark] filled %,d requests for %,d usagers in %.1f s%n", REQUESTS, USAGERS, (System.nanoTime() - start) / 1e9);

    DemoAccounts.Demo worker = DemoAccounts.ALL.get(1);
    HttpSession instructor = HttpSession.login(base.toString(), worker.login(), worker.password());
    report("queue, first page (tab new)", instructor, "/social-worker/index.xhtml?tab=NEW", "queue.col.number");
    String deep = deepCursor(instructor);
    report("queue, a page deep in tab decided", instructor, "/social-worker/index.xhtml?tab=DECIDED&after=" + deep, "queue.col.number");
    report("queue, search by name", instructor, "/social-worker/index.xhtml?tab=INCOMPLETE&q=Bench%20User%2012", "queue.col.number");
    HttpSession usager = HttpSession.login(base.toString(), heavyUsager, "benchmark password");
    report("Mes démarches (12 requests)", usager, "/usager/demarches.xhtml", "requests.current");
  }

  /** Walks 40 pages into the decided tab, to measure a deep page. */
  private String deepCursor(HttpSession session) throws Exception {
    String after = "";
    Pattern next = Pattern.compile("after=([0-9-]+_[0-9]+)");
    for (int i = 0; i < 40; i++) {
      String page = session.get("/social-worker/index.xhtml?tab=DECIDED" + (after.isEmpty() ? "" : "&after=" + after)).body();
      Matcher m = next.matcher(page);
      if (!m.find()) {
        break;
      }
      after = m.group(1);
    }
    assertThat(after).isNotEmpty();
    return after;
  }

  private void report(String what, HttpSession session, String path, String marker) throws Exception {
    for (int i = 0; i < 10; i++) {
      session.get(path);
    }
    long[] times = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long t = System.nanoTime();
      var response = session.get(path);
      times[i] = System.nanoTime() - t;
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).doesNotContain("???");
    }
    Arrays.sort(times);
    System.out.printf(
        "[benchmark] %-40s median %6.1f ms   p95 %6.1f ms   (%d runs)%n",
        what, times[RUNS / 2] / 1e6, times[(int) (RUNS * 0.95)] / 1e6, RUNS);
  }

  /** Inserts the requests with plain JDBC batches; returns the login of a usager with 12 requests. */
  private String fill() throws Exception {
    try (Connection c = PortalTestEnvironment.database().connect()) {
      c.setAutoCommit(false);
      List<Long> structures = new ArrayList<>();
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM structure WHERE kind = 'EPS' ORDER BY id")) {
        while (rs.next()) {
          structures.add(rs.getLong(1));
        }
      }
      long eps13;
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM structure WHERE code = 'EPS-13'")) {
        rs.next();
        eps13 = rs.getLong(1);
      }
      String hash;
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT password_hash FROM account WHERE login_id = 'ts.demo'")) {
        rs.next();
        hash = rs.getString(1);
      }
      String heavy = "bench-" + UUID.randomUUID() + "@example.org";
      long firstAccount;
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO account (public_id, role, display_name, email, password_hash, language, created_at) VALUES (?, 'USAGER', ?, ?, ?, 'fr', ?)")) {
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < USAGERS; i++) {
          ps.setString(1, UUID.randomUUID().toString());
          ps.setString(2, "Bench User " + i);
          ps.setString(3, i == 0 ? heavy : "bench-" + UUID.randomUUID() + "@example.org");
          ps.setString(4, hash);
          ps.setTimestamp(5, now);
          ps.addBatch();
          if (i % 2000 == 1999) {
            ps.executeBatch();
          }
        }
        ps.executeBatch();
      }
      List<Long> usagers = new ArrayList<>();
      try (Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT id FROM account WHERE email LIKE 'bench-%' ORDER BY id")) {
        while (rs.next()) {
          usagers.add(rs.getLong(1));
        }
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT id FROM account WHERE email = ?")) {
        ps.setString(1, heavy);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          firstAccount = rs.getLong(1);
        }
      }
      // The heavy usager logs in with the demo password hash re-used above; give them their own.
      try (PreparedStatement ps = c.prepareStatement("UPDATE account SET password_hash = ? WHERE email = ?")) {
        ps.setString(1, new fr.paris.teleservices.portal.account.PasswordHasher().hash("benchmark password"));
        ps.setString(2, heavy);
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO dossier (public_id, number, procedure_id, usager_id, structure_id, state, created_at, updated_at, received_on, complete_by)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        LocalDate today = LocalDate.now();
        for (int i = 0; i < REQUESTS; i++) {
          LocalDate received = today.minusDays(i % 700);
          Timestamp at = Timestamp.valueOf(received.atTime(10, 0));
          ps.setString(1, UUID.randomUUID().toString());
          ps.setString(2, String.format("%d-%06d", 1990 + (i / 1_000_000), 100_000 + i));
          ps.setString(3, PROCEDURES[i % PROCEDURES.length]);
          ps.setLong(4, i < 12 ? firstAccount : usagers.get(i % usagers.size()));
          // A third of all requests go to one EPS, so its queue is the heavy case.
          ps.setLong(5, i % 3 == 0 ? eps13 : structures.get(i % structures.size()));
          ps.setString(6, STATES[i % STATES.length]);
          ps.setTimestamp(7, at);
          ps.setTimestamp(8, at);
          ps.setDate(9, Date.valueOf(received));
          ps.setDate(10, Date.valueOf(received.plusMonths(2)));
          ps.addBatch();
          if (i % 2000 == 1999) {
            ps.executeBatch();
            c.commit();
          }
        }
        ps.executeBatch();
      }
      c.commit();
      return heavy;
    }
  }
}
