package fr.paris.teleservices.notifications.support;

import fr.paris.teleservices.notifications.outbox.DispatchPolicy;
import fr.paris.teleservices.notifications.outbox.DispatchReport;
import fr.paris.teleservices.notifications.outbox.JdbcTransactionRunner;
import fr.paris.teleservices.notifications.outbox.SmsDispatcher;
import fr.paris.teleservices.notifications.text.SmsRenderer;
import fr.paris.teleservices.notifications.twilio.TwilioSettings;
import fr.paris.teleservices.notifications.twilio.TwilioSmsGateway;
import fr.paris.teleservices.notifications.window.SendingWindow;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * A second JVM running a dispatcher against the same database and stub, for the two-JVM
 * exactly-once test. Arguments: JDBC URL, user, password, stub base URL, the instant to run at (ms),
 * batch size. Prints READY once connected, then dispatches until nothing is left and prints SENT n.
 */
public final class DispatcherProcess {

  private DispatcherProcess() {}

  public static void main(String[] args) throws Exception {
    MariaDbDataSource ds = new MariaDbDataSource(args[0]);
    ds.setUser(args[1]);
    ds.setPassword(args[2]);
    Clock clock = Clock.fixed(Instant.ofEpochMilli(Long.parseLong(args[4])), ZoneOffset.UTC);
    TwilioSettings settings =
        new TwilioSettings(TwilioStub.ACCOUNT_SID, TwilioStub.AUTH_TOKEN, TwilioStub.FROM, null, null,
            URI.create(args[3]), Duration.ofSeconds(2), Duration.ofSeconds(5), 2);
    SmsDispatcher dispatcher =
        new SmsDispatcher(new JdbcTransactionRunner(ds), new TwilioSmsGateway(settings),
            new SmsRenderer(3, true, clock, SendingWindow.PARIS), DispatchPolicy.standard(), clock, new Random());
    ds.getConnection().close();
    System.out.println("READY");
    System.out.flush();
    int sent = 0;
    for (DispatchReport report = dispatcher.dispatchDue(Integer.parseInt(args[5]));
        report.claimed() > 0;
        report = dispatcher.dispatchDue(Integer.parseInt(args[5]))) {
      sent += report.sent();
    }
    System.out.println("SENT " + sent);
  }
}
