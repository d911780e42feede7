package fr.paris.teleservices.portal.it.vault;

import fr.paris.teleservices.portal.it.browser.Browser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.openqa.selenium.Cookie;

/**
 * Fetches an address with the browser's session, as the browser would when the person follows a
 * link to a file: to read the headers and the bytes that a headless browser would save to disk.
 */
final class SessionHttp {

  /** What the server answered. */
  record Answer(int status, HttpHeaders headers, byte[] body) {
    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  private SessionHttp() {}

  static Answer get(Browser browser, URL base, String pathOrUrl) {
    URI uri = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : URI.create(base.toString().replaceAll("/$", "") + pathOrUrl);
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
    Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
    if (session != null) {
      request.header("Cookie", "JSESSIONID=" + session.getValue());
    }
    try {
      HttpResponse<byte[]> response =
          HttpClient.newBuilder()
              .followRedirects(HttpClient.Redirect.NEVER)
              .build()
              .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
