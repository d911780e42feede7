package fr.paris.teleservices.notifications.twilio;

import com.twilio.constant.EnumConstants;
import com.twilio.exception.ApiException;
import com.twilio.http.HttpMethod;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpVersion;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.ParseException;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.apache.hc.core5.util.Timeout;

/**
 * The SDK's HTTP client with three changes, all needed for an outbox:
 *
 * <ul>
 *   <li>requests may go to another base URL (a loopback stub in tests, a proxy): the SDK's region
 *       and edge settings can only name Twilio hosts;
 *   <li>connect and read timeouts are ours (the SDK fixes its connect timeout at 30.5 s per
 *       request) so a dispatcher thread is never held longer than its lease allows;
 *   <li>no retry at all, neither the SDK's (5xx, three times with a sleep) nor the HTTP client's: a
 *       POST that is re-sent may send an SMS twice, and the outbox retries later, with backoff.
 * </ul>
 */
final class TwilioHttpClient extends NetworkHttpClient {

  private final URI baseUrl;
  private final RequestConfig requestConfig;

  TwilioHttpClient(TwilioSettings settings) {
    super(builder(settings));
    this.baseUrl = settings.apiBaseUrl();
    this.requestConfig =
        RequestConfig.custom()
            .setConnectionRequestTimeout(timeout(settings.connectTimeout().toMillis()))
            .setResponseTimeout(timeout(settings.readTimeout().toMillis()))
            .build();
  }

  private static HttpClientBuilder builder(TwilioSettings settings) {
    ConnectionConfig connection =
        ConnectionConfig.custom()
            .setConnectTimeout(timeout(settings.connectTimeout().toMillis()))
            .setSocketTimeout(timeout(settings.readTimeout().toMillis()))
            .build();
    return HttpClientBuilder.create()
        .disableAutomaticRetries()
        .setConnectionManager(
            PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultConnectionConfig(connection)
                .setMaxConnTotal(settings.maxConnections())
                .setMaxConnPerRoute(settings.maxConnections())
                .build());
  }

  @Override
  protected boolean shouldRetry(Response response, int[] retryCodes) {
    return false;
  }

  @Override
  public Response makeRequest(Request request) {
    Request target = baseUrl == null ? request : rebase(request);
    HttpUriRequestBase http = createHttpUriRequestBase(target);
    http.setConfig(requestConfig);
    http.setVersion(HttpVersion.HTTP_1_1);
    if (target.requiresAuthentication()) {
      http.addHeader(HttpHeaders.AUTHORIZATION, target.getAuthString());
    }
    target.getHeaderParams().forEach((name, values) -> values.forEach(v -> http.addHeader(name, v)));
    if (target.getMethod() != HttpMethod.GET) {
      http.setEntity(body(target));
    }
    try (CloseableHttpResponse response = client.execute(http)) {
      HttpEntity entity = response.getEntity();
      String content = entity == null ? "" : EntityUtils.toString(entity, StandardCharsets.UTF_8);
      return new Response(content, response.getCode(), response.getHeaders());
    } catch (IOException | ParseException e) {
      // As the SDK does: the cause (timeout, refused connection) is what the gateway classifies.
      throw new ApiException(e.getMessage(), e);
    }
  }

  private static HttpEntity body(Request request) {
    if (request.getContentType() == EnumConstants.ContentType.JSON) {
      return new StringEntity(request.getBody(), ContentType.APPLICATION_JSON);
    }
    List<NameValuePair> form = new ArrayList<>();
    request.getPostParams().forEach((name, values) -> values.forEach(v -> form.add(new BasicNameValuePair(name, v))));
    return new UrlEncodedFormEntity(form, StandardCharsets.UTF_8);
  }

  /** The same request, its scheme, host and port replaced by the base URL's. */
  private Request rebase(Request request) {
    URL original = request.constructURL();
    String path = original.getPath();
    String base = baseUrl.toString().replaceAll("/+$", "");
    Request copy = new Request(request.getMethod(), base + path);
    request.getQueryParams().forEach((name, values) -> values.forEach(v -> copy.addQueryParam(name, v)));
    request.getPostParams().forEach((name, values) -> values.forEach(v -> copy.addPostParam(name, v)));
    request.getHeaderParams().forEach((name, values) -> values.forEach(v -> copy.addHeaderParam(name, v)));
    if (request.getAuthStrategy() != null) {
      copy.setAuth(request.getAuthStrategy());
    } else {
      copy.setAuth(request.getUsername(), request.getPassword());
    }
    copy.setContentType(request.getContentType());
    copy.setBody(request.getBody());
    return copy;
  }

  private static Timeout timeout(long millis) {
    return Timeout.of(millis, TimeUnit.MILLISECONDS);
  }
}
