package fr.paris.teleservices.portal.it.vault;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser reduced to plain HTTP (java.net.http): its cookies (the session, Faces' flash), Faces forms read
 * from the page (their action, hidden fields and view state), posts — url-encoded or multipart with
 * a file streamed from disk — and responses streamed to the caller. No redirect is followed, so the
 * test sees each answer as the server gave it.
 */
final class FacesClient {

  private static final Pattern COOKIE = Pattern.compile("^\\s*([^=;\\s]+)=([^;]*)");
  private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z:-]+)=\"([^\"]*)\"");

  private final String base;
  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
  private final Map<String, String> cookies = new LinkedHashMap<>();

  FacesClient(String base) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /** A form of a page: where it posts, and the fields the page gave it (hidden ones with their values). */
  record Form(String action, Map<String, String> fields) {
    Form with(String name, String value) {
      if (!fields.containsKey(name)) {
        throw new AssertionError("The form has no field " + name + ": " + fields.keySet());
      }
      Map<String, String> copy = new LinkedHashMap<>(fields);
      copy.put(name, value);
      return new Form(action, copy);
    }
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return remember(http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
  }

  HttpResponse<InputStream> stream(String path) throws IOException, InterruptedException {
    return remember(http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofInputStream()));
  }

  /** The form with this id in a page: its action, hidden fields with their values, other fields empty. */
  static Form form(String page, String id) {
    int start = page.indexOf("<form id=\"" + id + "\"");
    if (start < 0) {
      throw new AssertionError("No form " + id + " in the page");
    }
    String html = page.substring(start, page.indexOf("</form>", start));
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher input = INPUT.matcher(html);
    while (input.find()) {
      Map<String, String> attributes = attributes(input.group());
      String name = attributes.get("name");
      if (name == null || "submit".equals(attributes.get("type"))) {
        continue;
      }
      fields.put(name, "hidden".equals(attributes.get("type")) ? unescape(attributes.getOrDefault("value", "")) : "");
    }
    Matcher select = Pattern.compile("<select\\b[^>]*name=\"([^\"]+)\"").matcher(html);
    while (select.find()) {
      fields.put(select.group(1), "");
    }
    String action = unescape(attributes(html.substring(0, html.indexOf('>') + 1)).get("action"));
    return new Form(action, fields);
  }

  /** Posts a form as a browser does, with the button that was pressed. */
  HttpResponse<String> post(Form form, String button) throws IOException, InterruptedException {
    Map<String, String> fields = new LinkedHashMap<>(form.fields());
    fields.put(button, "");
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpRequest request =
        request(form.action())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return remember(http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
  }

  /** Posts a multipart form whose file field streams from disk: the body is never in memory. */
  HttpResponse<String> postFile(Form form, String button, String fileField, Path file, String contentType)
      throws IOException, InterruptedException {
    String boundary = "----vault-" + UUID.randomUUID();
    StringBuilder head = new StringBuilder();
    for (Map.Entry<String, String> e : form.fields().entrySet()) {
      if (!e.getKey().equals(fileField)) {
        part(head, boundary, e.getKey(), e.getValue());
      }
    }
    part(head, boundary, button, "");
    head.append("--").append(boundary).append("\r\n")
        .append("Content-Disposition: form-data; name=\"").append(fileField).append("\"; filename=\"")
        .append(file.getFileName()).append("\"\r\n")
        .append("Content-Type: ").append(contentType).append("\r\n\r\n");
    String tail = "\r\n--" + boundary + "--\r\n";
    HttpRequest request =
        request(form.action())
            .timeout(Duration.ofMinutes(15))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(
                HttpRequest.BodyPublishers.concat(
                    HttpRequest.BodyPublishers.ofString(head.toString(), StandardCharsets.UTF_8),
                    HttpRequest.BodyPublishers.ofFile(file),
                    HttpRequest.BodyPublishers.ofString(tail)))
            .build();
    return remember(http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
  }

  private HttpRequest.Builder request(String pathOrUrl) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl));
    if (!cookies.isEmpty()) {
      builder.header(
          "Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
    }
    return builder;
  }

  /**
   * Keeps the cookies the portal sets, as a browser does: a new session id comes with the login
   * (the portal changes it), and Faces carries its flash messages across a redirect in a cookie.
   */
  private <T> HttpResponse<T> remember(HttpResponse<T> response) {
    for (String cookie : response.headers().allValues("Set-Cookie")) {
      Matcher m = COOKIE.matcher(cookie);
      if (m.find()) {
        if (cookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0") || m.group(2).isEmpty()) {
          cookies.remove(m.group(1));
        } else {
          cookies.put(m.group(1), m.group(2));
        }
      }
    }
    return response;
  }

  private static void part(StringBuilder body, String boundary, String name, String value) {
    body.append("--").append(boundary).append("\r\n")
        .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
        .append(value).append("\r\n");
  }

  private static Map<String, String> attributes(String tag) {
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher m = ATTRIBUTE.matcher(tag);
    while (m.find()) {
      attributes.put(m.group(1), m.group(2));
    }
    return attributes;
  }

  private static String unescape(String html) {
    return html == null ? null : html.replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
