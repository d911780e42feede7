package fr.paris.teleservices.portal.it.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's session over plain HTTP (no browser): logs in through the Faces login form and opens
 * pages. For benchmarks and large transfers, where a browser would only add noise.
 */
public final class HttpSession {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final HttpClient client;
  private final String base;

  private HttpSession(String base) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  public static HttpSession login(String base, String identifier, String password) throws Exception {
    HttpSession session = new HttpSession(base);
    String page = session.get("/login.xhtml").body();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("login", "login");
    form.put("login:identifier", identifier);
    form.put("login:password", password);
    form.put("login:submit", "x");
    form.put("jakarta.faces.ViewState", viewState(page));
    HttpResponse<String> after = session.post("/login.xhtml", form);
    if (after.uri().getPath().endsWith("login.xhtml")) {
      throw new IllegalStateException("Login refused for " + identifier);
    }
    if (after.uri().getPath().endsWith("/second-factor.xhtml")) {
      Map<String, String> code = new LinkedHashMap<>();
      code.put("secondFactor", "secondFactor");
      code.put("secondFactor:code", StaffCodes.forDemo(identifier));
      code.put("secondFactor:submit", "x");
      code.put("jakarta.faces.ViewState", viewState(after.body()));
      after = session.post("/second-factor.xhtml", code);
      if (after.uri().getPath().endsWith("/second-factor.xhtml")) {
        throw new IllegalStateException("Second factor refused for " + identifier);
      }
    }
    return session;
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
    String body =
        form.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return client.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public static String viewState(String page) {
    Matcher m = VIEW_STATE.matcher(page);
    if (!m.find()) {
      throw new IllegalStateException("No Faces view state in the page");
    }
    return m.group(1).replace("&#58;", ":").replace("&amp;", "&");
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
