package fr.paris.teleservices.portal.sms;

import fr.paris.teleservices.notifications.twilio.CallbackOutcome;
import fr.paris.teleservices.notifications.twilio.TwilioRequest;
import fr.paris.teleservices.portal.config.ConfigKeys;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Twilio's status callbacks and inbound messages (STOP / START). A request whose
 * {@code X-Twilio-Signature} does not verify against the public address Twilio called is refused
 * with 403 and changes nothing; a replayed callback changes nothing either.
 */
@Path("/twilio")
public class TwilioCallbackResource {

  private static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";

  @Inject Sms sms;

  @Inject
  @ConfigProperty(name = ConfigKeys.PUBLIC_URL, defaultValue = "http://localhost:8080")
  String publicUrl;

  @Context UriInfo uri;

  @POST
  @Path("/status")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response status(MultivaluedMap<String, String> form, @HeaderParam("X-Twilio-Signature") String signature)
      throws SQLException {
    CallbackOutcome outcome = sms.callbacks().handleStatusCallback(request(form, signature));
    return outcome == CallbackOutcome.REJECTED
        ? Response.status(Response.Status.FORBIDDEN).build()
        : Response.noContent().build();
  }

  @POST
  @Path("/inbound")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_XML)
  public Response inbound(MultivaluedMap<String, String> form, @HeaderParam("X-Twilio-Signature") String signature)
      throws SQLException {
    CallbackOutcome outcome = sms.callbacks().handleInbound(request(form, signature));
    return outcome == CallbackOutcome.REJECTED
        ? Response.status(Response.Status.FORBIDDEN).build()
        : Response.ok(EMPTY_TWIML).build();
  }

  /**
   * Twilio signs the URL it called: the portal's public address (behind a reverse proxy the
   * request's own host would differ), with the query string.
   */
  private TwilioRequest request(MultivaluedMap<String, String> form, String signature) {
    String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    String query = uri.getRequestUri().getRawQuery();
    String url = base + uri.getRequestUri().getRawPath() + (query == null ? "" : "?" + query);
    Map<String, String> params = new LinkedHashMap<>();
    form.forEach((name, values) -> params.put(name, values.isEmpty() ? "" : values.get(0)));
    return new TwilioRequest(url, params, signature);
  }
}
