package fr.paris.teleservices.notifications.twilio;

import com.twilio.security.RequestValidator;
import java.util.Map;

/**
 * Checks {@code X-Twilio-Signature}: an HMAC-SHA1, keyed with the auth token, of the full URL Twilio
 * called followed by the sorted POST parameters. The SDK's validator compares in constant time and
 * accepts the URL with or without its default port.
 *
 * <p>The URL must be the one Twilio used, scheme and host included: behind a reverse proxy, rebuild
 * it from the public base URL, not from the request the application server sees.
 */
public final class TwilioSignature {

  private TwilioSignature() {}

  public static boolean verify(String fullUrl, Map<String, String> formParams, String headerValue, String authToken) {
    if (fullUrl == null || formParams == null || headerValue == null || headerValue.isBlank()
        || authToken == null || authToken.isBlank()) {
      return false;
    }
    return new RequestValidator(authToken).validate(fullUrl, formParams, headerValue);
  }
}
