package fr.paris.teleservices.notifications.twilio;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach a Twilio account.
 *
 * @param accountSid "AC…"
 * @param authToken the account's auth token (also the key of callback signatures); never logged
 * @param from a sender: a number in E.164 or an alphanumeric sender id ("PARIS"); null when a
 *     Messaging Service is used
 * @param messagingServiceSid "MG…", or null when {@code from} is used
 * @param statusCallbackUrl the portal's public URL for delivery reports, or null for none; each
 *     message adds {@code ?ref=<outbox id>} to it
 * @param apiBaseUrl another API host (a test stub, a proxy), or null for Twilio's own
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer once the request is sent
 * @param maxConnections concurrent requests (one per dispatcher thread is enough)
 */
public record TwilioSettings(
    String accountSid,
    String authToken,
    String from,
    String messagingServiceSid,
    URI statusCallbackUrl,
    URI apiBaseUrl,
    Duration connectTimeout,
    Duration readTimeout,
    int maxConnections) {

  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(15);
  public static final int DEFAULT_MAX_CONNECTIONS = 8;

  public TwilioSettings {
    if (accountSid == null || accountSid.isBlank() || authToken == null || authToken.isBlank()) {
      throw new IllegalArgumentException("A Twilio account SID and auth token are required");
    }
    if ((from == null) == (messagingServiceSid == null)) {
      throw new IllegalArgumentException("Configure exactly one of a sender and a Messaging Service SID");
    }
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    if (maxConnections < 1) {
      throw new IllegalArgumentException("At least one connection");
    }
  }

  @Override
  public String toString() {
    return "TwilioSettings[" + accountSid + ", from=" + from + ", service=" + messagingServiceSid
        + ", api=" + (apiBaseUrl == null ? "twilio" : apiBaseUrl) + "]";
  }
}
