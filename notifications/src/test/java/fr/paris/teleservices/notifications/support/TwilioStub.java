package fr.paris.teleservices.notifications.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import fr.paris.teleservices.notifications.twilio.TwilioSettings;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A loopback WireMock server that plays Twilio's Messages API
 * ({@code POST /2010-04-01/Accounts/{Sid}/Messages.json}) for the real SDK.
 */
public final class TwilioStub implements AutoCloseable {

  public static final String ACCOUNT_SID = "AC00000000000000000000000000000001";
  public static final String AUTH_TOKEN = "test-auth-token-0001";
  public static final String FROM = "+33757000000";
  public static final String MESSAGES_PATH = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json";

  private final WireMockServer server;

  public TwilioStub() {
    server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().containerThreads(20));
    server.start();
    acceptAll();
  }

  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.port());
  }

  /** Settings for a gateway on this stub, with short timeouts so failure tests are quick. */
  public TwilioSettings settings() {
    return settings(URI.create("https://portal.example/sms/status"));
  }

  public TwilioSettings settings(URI statusCallback) {
    return new TwilioSettings(
        ACCOUNT_SID, AUTH_TOKEN, FROM, null, statusCallback, baseUrl(),
        Duration.ofSeconds(2), Duration.ofMillis(700), 8);
  }

  /** Every message is accepted: 201, a fresh "SM…" sid, status queued. */
  public void acceptAll() {
    answer(created());
  }

  public void acceptAllAfter(Duration delay) {
    answer(created().withFixedDelay((int) delay.toMillis()));
  }

  /** A Twilio error document, as the API sends for 4xx and most 5xx. */
  public void failWith(int status, int code, String message) {
    answer(
        aResponse()
            .withStatus(status)
            .withHeader("Content-Type", "application/json")
            .withBody(
                "{\"code\": " + code + ", \"message\": \"" + message + "\", \"more_info\":"
                    + " \"https://www.twilio.com/docs/errors/" + code + "\", \"status\": " + status + "}"));
  }

  public void failWithEmptyBody(int status) {
    answer(aResponse().withStatus(status));
  }

  public void answer(ResponseDefinitionBuilder response) {
    server.resetMappings();
    server.stubFor(post(urlPathEqualTo(MESSAGES_PATH)).willReturn(response));
  }

  /** The form parameters of every Messages request received, in order. */
  public List<Map<String, String>> requests() {
    return server.findAll(postRequestedFor(urlPathEqualTo(MESSAGES_PATH))).stream()
        .map(TwilioStub::form)
        .toList();
  }

  /** How many requests each recipient ("To") received. */
  public Map<String, Integer> requestsPerRecipient() {
    Map<String, Integer> counts = new HashMap<>();
    for (Map<String, String> request : requests()) {
      counts.merge(request.get("To"), 1, Integer::sum);
    }
    return counts;
  }

  public int requestCount() {
    return server.countRequestsMatching(postRequestedFor(urlPathEqualTo(MESSAGES_PATH)).build()).getCount();
  }

  public void resetRequests() {
    server.resetRequests();
  }

  @Override
  public void close() {
    server.stop();
  }

  private static ResponseDefinitionBuilder created() {
    return aResponse()
        .withStatus(201)
        .withHeader("Content-Type", "application/json")
        .withTransformers("response-template")
        .withBody(
            "{\"sid\": \"SM{{randomValue length=32 type='ALPHANUMERIC'}}\", \"account_sid\": \""
                + ACCOUNT_SID
                + "\", \"status\": \"queued\", \"num_segments\": \"1\", \"direction\": \"outbound-api\"}");
  }

  private static Map<String, String> form(LoggedRequest request) {
    Map<String, String> params = new LinkedHashMap<>();
    String body = request.getBodyAsString();
    if (body.isEmpty()) {
      return params;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      params.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return params;
  }
}
