package fr.paris.teleservices.notifications.twilio;

import static fr.paris.teleservices.notifications.support.Outboxes.mobile;
import static fr.paris.teleservices.notifications.support.Outboxes.row;
import static org.assertj.core.api.Assertions.assertThat;

import fr.paris.teleservices.notifications.NotificationsSchema;
import fr.paris.teleservices.notifications.SmsConfig;
import fr.paris.teleservices.notifications.optout.NumberRegistry;
import fr.paris.teleservices.notifications.optout.NumberStatus;
import fr.paris.teleservices.notifications.optout.OptOutSource;
import fr.paris.teleservices.notifications.outbox.DispatchPolicy;
import fr.paris.teleservices.notifications.outbox.JdbcTransactionRunner;
import fr.paris.teleservices.notifications.outbox.SmsDispatcher;
import fr.paris.teleservices.notifications.sms.GatewayReceipt;
import fr.paris.teleservices.notifications.sms.OutgoingSms;
import fr.paris.teleservices.notifications.sms.SmsGateway;
import fr.paris.teleservices.notifications.sms.SmsSendException;
import fr.paris.teleservices.notifications.support.MutableClock;
import fr.paris.teleservices.notifications.support.Outboxes;
import fr.paris.teleservices.notifications.support.Paris;
import fr.paris.teleservices.notifications.support.TwilioSigner;
import fr.paris.teleservices.notifications.support.TwilioStub;
import fr.paris.teleservices.notifications.text.SmsRenderer;
import fr.paris.teleservices.notifications.window.SendingWindow;
import fr.paris.teleservices.testsupport.TestDatabase;
import java.net.URI;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SmsCallbacksTest {

  private static final String STATUS_URL = "https://teleservices.paris.fr/api/sms/status";
  private static final String INBOUND_URL = "https://teleservices.paris.fr/api/sms/inbound";

  private static TestDatabase db;
  private static DataSource ds;
  private static TwilioStub stub;

  private final MutableClock clock = new MutableClock(Paris.at("2026-03-10T10:00"));
  private SmsCallbacks callbacks;
  private SmsDispatcher dispatcher;

  @BeforeAll
  static void start() {
    db = TestDatabase.create("notifcallback");
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
  void setUp() throws Exception {
    Outboxes.clear(ds);
    stub.acceptAll();
    callbacks = new SmsCallbacks(new JdbcTransactionRunner(ds), TwilioStub.AUTH_TOKEN, clock);
    dispatcher =
        new SmsDispatcher(new JdbcTransactionRunner(ds), new TwilioSmsGateway(stub.settings(URI.create(STATUS_URL))),
            new SmsRenderer(3, true, clock, SendingWindow.PARIS), DispatchPolicy.standard(), clock, new Random(1));
  }

  @Test
  void aSignedDeliveryReportMovesTheRowForwardAndAReplayChangesNothing() throws Exception {
    Map<String, Object> sent = sendOne(1);
    String url = STATUS_URL + "?ref=" + sent.get("id");
    Map<String, String> params = status((String) sent.get("provider_sid"), "delivered", null, mobile(1));

    assertThat(callbacks.handleStatusCallback(signed(url, params))).isEqualTo(CallbackOutcome.APPLIED);
    Map<String, Object> delivered = row(ds, "cb:1");
    assertThat(delivered.get("state")).isEqualTo("DELIVERED");
    assertThat(delivered.get("provider_status")).isEqualTo("delivered");

    clock.advance(Duration.ofMinutes(1));
    assertThat(callbacks.handleStatusCallback(signed(url, params))).isEqualTo(CallbackOutcome.UNCHANGED);
    assertThat(row(ds, "cb:1")).isEqualTo(delivered);
  }

  @Test
  void aLateReportNeverMovesARowBack() throws Exception {
    Map<String, Object> sent = sendOne(2);
    String sid = (String) sent.get("provider_sid");
    String url = STATUS_URL + "?ref=" + sent.get("id");
    callbacks.handleStatusCallback(signed(url, status(sid, "delivered", null, mobile(2))));

    assertThat(callbacks.handleStatusCallback(signed(url, status(sid, "sent", null, mobile(2)))))
        .isEqualTo(CallbackOutcome.UNCHANGED);
    assertThat(callbacks.handleStatusCallback(signed(url, status(sid, "undelivered", "30003", mobile(2)))))
        .isEqualTo(CallbackOutcome.UNCHANGED);
    assertThat(row(ds, "cb:2").get("state")).isEqualTo("DELIVERED");
  }

  @Test
  void aTamperedParameterIsRejected() throws Exception {
    Map<String, Object> sent = sendOne(3);
    String url = STATUS_URL + "?ref=" + sent.get("id");
    Map<String, String> params = status((String) sent.get("provider_sid"), "undelivered", "30003", mobile(3));
    String signature = TwilioSigner.sign(url, params, TwilioStub.AUTH_TOKEN);
    Map<String, String> tampered = new HashMap<>(params);
    tampered.put("MessageStatus", "delivered");

    assertThat(callbacks.handleStatusCallback(new TwilioRequest(url, tampered, signature))).isEqualTo(CallbackOutcome.REJECTED);
    assertThat(row(ds, "cb:3").get("state")).isEqualTo("SENT");
  }

  @Test
  void aSignatureForAnotherUrlIsRejected() throws Exception {
    Map<String, Object> sent = sendOne(4);
    Map<String, String> params = status((String) sent.get("provider_sid"), "delivered", null, mobile(4));
    String signedFor = "https://attacker.example/status?ref=" + sent.get("id");
    String calledAt = STATUS_URL + "?ref=" + sent.get("id");

    assertThat(callbacks.handleStatusCallback(
            new TwilioRequest(calledAt, params, TwilioSigner.sign(signedFor, params, TwilioStub.AUTH_TOKEN))))
        .isEqualTo(CallbackOutcome.REJECTED);
    assertThat(callbacks.handleStatusCallback(new TwilioRequest(calledAt, params, null))).isEqualTo(CallbackOutcome.REJECTED);
    assertThat(callbacks.handleStatusCallback(
            new TwilioRequest(calledAt, params, TwilioSigner.sign(calledAt, params, "another-token"))))
        .isEqualTo(CallbackOutcome.REJECTED);
    assertThat(row(ds, "cb:4").get("state")).isEqualTo("SENT");
  }

  @Test
  void withoutATwilioAccountEveryCallbackIsRejected() throws Exception {
    SmsCallbacks embedded = SmsConfig.from(k -> Optional.empty()).callbacks(new JdbcTransactionRunner(ds), clock);
    Map<String, String> params = Map.of("From", mobile(5), "Body", "STOP");
    assertThat(embedded.handleInbound(signed(INBOUND_URL, params))).isEqualTo(CallbackOutcome.REJECTED);
    assertThat(status(mobile(5)).optedOut()).isFalse();
  }

  @Test
  void aReportForAMessageWhoseSendTimedOutStopsTheRetry() throws Exception {
    Outboxes.enqueue(ds, clock, List.of(Outboxes.reminder("cb", 6, clock.instant(), LocalDate.of(2026, 5, 2))));
    stub.answer(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(201).withFixedDelay(2000));
    dispatcher.dispatchDue(10);
    Map<String, Object> waiting = row(ds, "cb:6");
    assertThat(waiting.get("state")).isEqualTo("PENDING");
    assertThat(waiting.get("last_error_class")).isEqualTo("TIMEOUT");

    // Twilio did take it: its report arrives with our ref and its sid.
    String url = STATUS_URL + "?ref=" + waiting.get("id");
    assertThat(callbacks.handleStatusCallback(signed(url, status("SMtimedout0000000000000000000001", "sent", null, mobile(6)))))
        .isEqualTo(CallbackOutcome.APPLIED);
    stub.acceptAll();
    stub.resetRequests();
    clock.advance(Duration.ofHours(1));

    assertThat(dispatcher.dispatchDue(10).claimed()).isZero();
    assertThat(stub.requestCount()).isZero();
    assertThat(row(ds, "cb:6").get("state")).isEqualTo("SENT");
    assertThat(row(ds, "cb:6").get("provider_sid")).isEqualTo("SMtimedout0000000000000000000001");
  }

  @Test
  void aReportThatOvertakesTheDispatchersOwnRecordIsKept() throws Exception {
    Outboxes.enqueue(ds, clock, List.of(Outboxes.reminder("cb", 11, clock.instant(), LocalDate.of(2026, 5, 2))));
    TwilioSmsGateway twilio = new TwilioSmsGateway(stub.settings(URI.create(STATUS_URL)));
    SmsGateway fastProvider =
        new SmsGateway() {
          @Override
          public String name() {
            return twilio.name();
          }

          @Override
          public boolean deliversToOutbox() {
            return false;
          }

          @Override
          public GatewayReceipt send(OutgoingSms sms) throws SmsSendException {
            GatewayReceipt receipt = twilio.send(sms);
            try {
              // Twilio's "delivered" arrives before the dispatcher has written SENT.
              callbacks.handleStatusCallback(
                  signed(STATUS_URL + "?ref=" + sms.messageId(), status(receipt.providerId(), "delivered", null, sms.recipient())));
            } catch (java.sql.SQLException e) {
              throw new IllegalStateException(e);
            }
            return receipt;
          }
        };
    new SmsDispatcher(new JdbcTransactionRunner(ds), fastProvider, new SmsRenderer(3, true, clock, SendingWindow.PARIS),
        DispatchPolicy.standard(), clock, new Random(1)).dispatchDue(10);

    Map<String, Object> row = row(ds, "cb:11");
    assertThat(row.get("state")).isEqualTo("DELIVERED");
    assertThat(row.get("provider_status")).isEqualTo("delivered");
    assertThat(row.get("body")).isNotNull();
    assertThat(row.get("claim_token")).isNull();
  }

  @Test
  void aPermanentDeliveryErrorFlagsTheNumber() throws Exception {
    Map<String, Object> sent = sendOne(7);
    String url = STATUS_URL + "?ref=" + sent.get("id");
    callbacks.handleStatusCallback(signed(url, status((String) sent.get("provider_sid"), "undelivered", "30006", mobile(7))));
    assertThat(row(ds, "cb:7").get("state")).isEqualTo("UNDELIVERED");
    assertThat(row(ds, "cb:7").get("last_error_code")).isEqualTo("30006");
    assertThat(status(mobile(7)).flagCode()).isEqualTo("30006");
  }

  @Test
  void stopArretAndStartFromInboundMessages() throws Exception {
    String number = mobile(8);
    assertThat(callbacks.handleInbound(signed(INBOUND_URL, inbound(number, "STOP")))).isEqualTo(CallbackOutcome.APPLIED);
    NumberStatus stopped = status(number);
    assertThat(stopped.optedOut()).isTrue();
    assertThat(stopped.optOutSource()).isEqualTo(OptOutSource.KEYWORD);

    clock.advance(Duration.ofDays(1));
    callbacks.handleInbound(signed(INBOUND_URL, inbound(number, " arrêt ")));
    assertThat(status(number).optedOutAt()).as("a second STOP keeps the first date").isEqualTo(stopped.optedOutAt());

    assertThat(callbacks.handleInbound(signed(INBOUND_URL, inbound(number, "Start")))).isEqualTo(CallbackOutcome.APPLIED);
    assertThat(status(number).optedOut()).isFalse();

    callbacks.handleInbound(signed(INBOUND_URL, inbound(number, "ARRET")));
    assertThat(status(number).optedOut()).isTrue();
    assertThat(callbacks.handleInbound(signed(INBOUND_URL, inbound(number, "merci")))).isEqualTo(CallbackOutcome.UNCHANGED);
    assertThat(status(number).optedOut()).isTrue();
  }

  @Test
  void aForgedStopIsIgnored() throws Exception {
    String number = mobile(9);
    Map<String, String> params = inbound(number, "STOP");
    assertThat(callbacks.handleInbound(new TwilioRequest(INBOUND_URL, params, TwilioSigner.sign(INBOUND_URL, params, "guess"))))
        .isEqualTo(CallbackOutcome.REJECTED);
    assertThat(status(number).optedOut()).isFalse();
  }

  @Test
  void anOptedOutNumberReceivesNothing() throws Exception {
    callbacks.handleInbound(signed(INBOUND_URL, inbound(mobile(10), "STOP")));
    Outboxes.enqueue(ds, clock, List.of(Outboxes.reminder("cb", 10, clock.instant(), LocalDate.of(2026, 5, 2))));
    stub.resetRequests();

    assertThat(dispatcher.dispatchDue(10).optedOut()).isEqualTo(1);
    assertThat(row(ds, "cb:10").get("state")).isEqualTo("OPTED_OUT");
    assertThat(stub.requestCount()).isZero();
  }

  private Map<String, Object> sendOne(int n) throws Exception {
    Outboxes.enqueue(ds, clock, List.of(Outboxes.reminder("cb", n, clock.instant(), LocalDate.of(2026, 5, 2))));
    assertThat(dispatcher.dispatchDue(10).sent()).isEqualTo(1);
    Map<String, Object> sent = row(ds, "cb:" + n);
    assertThat(sent.get("state")).isEqualTo("SENT");
    return sent;
  }

  private static Map<String, String> status(String sid, String status, String errorCode, String to) {
    Map<String, String> params = new HashMap<>();
    params.put("AccountSid", TwilioStub.ACCOUNT_SID);
    params.put("MessageSid", sid);
    params.put("SmsSid", sid);
    params.put("MessageStatus", status);
    params.put("SmsStatus", status);
    params.put("To", to);
    params.put("From", TwilioStub.FROM);
    params.put("ApiVersion", "2010-04-01");
    if (errorCode != null) {
      params.put("ErrorCode", errorCode);
    }
    return params;
  }

  private static Map<String, String> inbound(String from, String body) {
    return Map.of("AccountSid", TwilioStub.ACCOUNT_SID, "MessageSid", "SMin" + body.hashCode(), "From", from,
        "To", TwilioStub.FROM, "Body", body, "NumMedia", "0");
  }

  private static TwilioRequest signed(String url, Map<String, String> params) {
    return new TwilioRequest(url, params, TwilioSigner.sign(url, params, TwilioStub.AUTH_TOKEN));
  }

  private static NumberStatus status(String e164) throws Exception {
    try (Connection c = ds.getConnection()) {
      return NumberRegistry.status(c, e164);
    }
  }
}
