package fr.paris.teleservices.notifications.twilio;

import java.util.Map;

/**
 * A request Twilio made to one of the portal's endpoints, as the endpoint received it.
 *
 * @param url the full public URL Twilio called, query string included
 * @param params the form parameters of the POST body
 * @param signature the {@code X-Twilio-Signature} header, or null when absent
 */
public record TwilioRequest(String url, Map<String, String> params, String signature) {

  public TwilioRequest {
    params = Map.copyOf(params);
  }

  @Override
  public String toString() {
    // The parameters hold phone numbers and message bodies.
    return "TwilioRequest[" + params.size() + " params]";
  }
}
