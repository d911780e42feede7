package fr.paris.teleservices.notifications.twilio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.paris.teleservices.notifications.sms.FailureCause;
import fr.paris.teleservices.notifications.sms.GatewayReceipt;
import fr.paris.teleservices.notifications.sms.OutgoingSms;
import fr.paris.teleservices.notifications.sms.SmsSendException;
import fr.paris.teleservices.notifications.support.TwilioStub;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real Twilio SDK against a WireMock stub of the Messages API. */
class TwilioSmsGatewayTest {

  private static TwilioStub stub;
  private static TwilioSmsGateway gateway;

  private final OutgoingSms sms = new OutgoingSms(42, "+33612345678", "Ville de Paris : test é €");

  @BeforeAll
  static void start() {
    stub = new TwilioStub();
    gateway = new TwilioSmsGateway(stub.settings());
  }

  @AfterAll
  static void stop() {
    stub.close();
  }

  @BeforeEach
  void reset() {
    stub.acceptAll();
    stub.resetRequests();
  }

  @Test
  void sendsOneRequestAndReturnsTheMessageSid() throws Exception {
    GatewayReceipt receipt = gateway.send(sms);

    assertThat(receipt.providerId()).startsWith("SM").hasSize(34);
    assertThat(receipt.providerStatus()).isEqualTo("queued");
    assertThat(receipt.delivered()).isFalse();
    assertThat(stub.requests())
        .singleElement()
        .satisfies(
            form -> {
              assertThat(form.get("To")).isEqualTo("+33612345678");
              assertThat(form.get("From")).isEqualTo(TwilioStub.FROM);
              assertThat(form.get("Body")).isEqualTo("Ville de Paris : test é €");
              assertThat(form.get("StatusCallback")).isEqualTo("https://portal.example/sms/status?ref=42");
            });
  }

  @Test
  void aMessagingServiceReplacesTheSender() throws Exception {
    TwilioSettings base = stub.settings(null);
    TwilioSmsGateway viaService =
        new TwilioSmsGateway(
            new TwilioSettings(base.accountSid(), base.authToken(), null, "MG00000000000000000000000000000001",
                null, base.apiBaseUrl(), base.connectTimeout(), base.readTimeout(), 2));
    viaService.send(sms);
    assertThat(stub.requests())
        .singleElement()
        .satisfies(
            form -> {
              assertThat(form.get("MessagingServiceSid")).isEqualTo("MG00000000000000000000000000000001");
              assertThat(form).doesNotContainKeys("From", "StatusCallback");
            });
  }

  @Test
  void invalidNumberIsPermanentAndFlagsTheNumber() {
    stub.failWith(400, 21211, "The 'To' number +33612345678 is not a valid phone number.");
    assertFailure(() -> gateway.send(sms), FailureCause.INVALID_NUMBER, "21211");
    assertThat(FailureCause.INVALID_NUMBER.retryable()).isFalse();
    assertThat(FailureCause.INVALID_NUMBER.flagsNumber()).isTrue();
  }

  @Test
  void unsubscribedRecipientIsAnOptOut() {
    stub.failWith(400, 21610, "Attempt to send to unsubscribed recipient");
    assertFailure(() -> gateway.send(sms), FailureCause.OPTED_OUT, "21610");
  }

  @Test
  void landlineIsPermanent() {
    stub.failWith(400, 21614, "'To' number is not a valid mobile number");
    assertFailure(() -> gateway.send(sms), FailureCause.NOT_MOBILE, "21614");
  }

  @Test
  void anyOther4xxIsARejection() {
    stub.failWith(400, 21408, "Permission to send an SMS has not been enabled for the region");
    assertFailure(() -> gateway.send(sms), FailureCause.REJECTED, "21408");
  }

  @Test
  void badCredentialsAreAnAccountProblemNotTheNumbers() {
    stub.failWith(401, 20003, "Authenticate");
    assertFailure(() -> gateway.send(sms), FailureCause.ACCOUNT, "20003");
    assertThat(FailureCause.ACCOUNT.flagsNumber()).isFalse();
  }

  @Test
  void tooManyRequestsIsTransient() {
    stub.failWith(429, 20429, "Too Many Requests");
    assertFailure(() -> gateway.send(sms), FailureCause.RATE_LIMITED, "20429");
    assertThat(FailureCause.RATE_LIMITED.retryable()).isTrue();
  }

  @Test
  void serverErrorIsTransientAndTheSdkDoesNotRetryIt() {
    stub.failWith(500, 20500, "Internal Server Error");
    assertFailure(() -> gateway.send(sms), FailureCause.PROVIDER_ERROR, "20500");
    assertThat(stub.requestCount()).as("one request: the outbox retries, not the SDK").isEqualTo(1);
  }

  @Test
  void emptyBody503IsTransient() {
    stub.failWithEmptyBody(503);
    assertThatThrownBy(() -> gateway.send(sms))
        .isInstanceOfSatisfying(
            SmsSendException.class, e -> assertThat(e.failureCause()).isEqualTo(FailureCause.PROVIDER_ERROR));
    assertThat(stub.requestCount()).isEqualTo(1);
  }

  @Test
  void aTimeoutIsTransient() {
    stub.answer(aResponse().withStatus(201).withBody("{\"sid\":\"SMlate\"}").withFixedDelay(3000));
    assertFailure(() -> gateway.send(sms), FailureCause.TIMEOUT, "timeout");
  }

  @Test
  void aRefusedConnectionIsTransient() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    TwilioSettings base = stub.settings();
    TwilioSmsGateway nowhere =
        new TwilioSmsGateway(
            new TwilioSettings(base.accountSid(), base.authToken(), base.from(), null, null,
                URI.create("http://127.0.0.1:" + closedPort), Duration.ofSeconds(1), Duration.ofSeconds(1), 1));
    assertFailure(() -> nowhere.send(sms), FailureCause.CONNECTION, "connection");
  }

  @Test
  void failuresNeverCarryTheNumberOrTheText() {
    stub.failWith(400, 21211, "The 'To' number +33612345678 is not a valid phone number.");
    assertThatThrownBy(() -> gateway.send(sms))
        .isInstanceOfSatisfying(
            SmsSendException.class,
            e -> {
              assertThat(e.getMessage()).doesNotContain("612345678").doesNotContain("Ville de Paris");
              assertThat(e.getCause()).isNull();
            });
  }

  @Test
  void twoGatewaysKeepTheirOwnAccounts() throws Exception {
    TwilioSettings base = stub.settings(null);
    TwilioSmsGateway other =
        new TwilioSmsGateway(
            new TwilioSettings("AC00000000000000000000000000000002", "other-token", "+33757000001", null, null,
                base.apiBaseUrl(), base.connectTimeout(), base.readTimeout(), 1));
    gateway.send(sms);
    assertThatThrownBy(() -> other.send(sms))
        .as("the stub only knows the first account's path: the second one's request went to its own")
        .isInstanceOf(SmsSendException.class);
    assertThat(stub.requests()).hasSize(1);
    assertThat(Map.copyOf(stub.requests().get(0))).containsEntry("From", TwilioStub.FROM);
  }

  private static void assertFailure(ThrowingCallable call, FailureCause cause, String code) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            SmsSendException.class,
            e -> {
              assertThat(e.failureCause()).isEqualTo(cause);
              assertThat(e.code()).isEqualTo(code);
            });
  }
}
