package fr.paris.teleservices.portal.it.browser;

import fr.paris.teleservices.portal.it.support.StaffCodes;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by Selenium, as a person uses the portal: at phone width (360 px) or
 * desktop width (1280 px), in a chosen language, with axe-core checking each page. No browser is
 * downloaded: the machine's /usr/bin/chromium and /usr/bin/chromedriver are used.
 */
public final class Browser implements AutoCloseable {

  public static final int PHONE = 360;
  public static final int DESKTOP = 1280;

  private final WebDriver driver;
  private final String base;

  private Browser(WebDriver driver, String base) {
    this.driver = driver;
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  public static Browser open(URL base, int width) {
    try {
      ChromeOptions options = new ChromeOptions();
      options.setBinary("/usr/bin/chromium");
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage",
          "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
      // A person in Paris: the browser asks for French first, as most visitors' browsers do.
      options.addArguments("--lang=fr-FR");
      options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "fr-FR,fr"));
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      Browser browser = new Browser(driver, base.toString());
      browser.resize(width);
      return browser;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sets the layout viewport to {@code width} CSS pixels. */
  public void resize(int width) {
    driver.manage().window().setSize(new Dimension(width, 900));
    Object inner = ((ChromeDriver) driver).executeScript("return window.innerWidth");
    int delta = width - ((Number) inner).intValue();
    if (delta != 0) {
      driver.manage().window().setSize(new Dimension(width + delta, 900));
    }
  }

  public Browser go(String path) {
    driver.get(base + path);
    return this;
  }

  /** Chooses a language with the switcher, as a person would. */
  public Browser language(String code) {
    WebElement page = driver.findElement(By.tagName("html"));
    open("nav.languages details");
    driver.findElement(By.cssSelector("nav.languages a[data-code='" + code + "']")).click();
    awaitNextPage(page);
    return this;
  }

  /**
   * Waits until the page the click left has gone and the next one is loaded. While Chromium swaps
   * documents, asking about the old one may fail with any error: that also means it is gone.
   */
  private void awaitNextPage(WebElement previous) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d -> {
              try {
                previous.isEnabled();
                return false;
              } catch (WebDriverException gone) {
                return "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"));
              }
            });
  }

  public Browser type(String id, String text) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
    return this;
  }

  /** Clicks a button or link and waits until the next page has replaced this one. */
  public Browser click(String id) {
    WebElement page = driver.findElement(By.tagName("html"));
    driver.findElement(By.id(id)).click();
    awaitNextPage(page);
    return this;
  }

  /** Sets a field's value directly (date inputs do not take typed text the same way everywhere). */
  public Browser set(String id, String value) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id(id)), value);
    return this;
  }

  /** Chooses an option of a select by its value. */
  public Browser select(String id, String value) {
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id))).selectByValue(value);
    return this;
  }

  /** Chooses a file for a file input. */
  public Browser attach(String id, java.nio.file.Path file) {
    driver.findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
    return this;
  }

  /** Clicks the element found by a CSS selector and waits for the next page. */
  public Browser clickCss(String css) {
    WebElement page = driver.findElement(By.tagName("html"));
    driver.findElement(By.cssSelector(css)).click();
    awaitNextPage(page);
    return this;
  }

  /** Opens the first {@code <details>} disclosure under a CSS selector. */
  public Browser open(String css) {
    WebElement details = driver.findElement(By.cssSelector(css));
    if (details.getAttribute("open") == null) {
      details.findElement(By.tagName("summary")).click();
    }
    return this;
  }

  /**
   * Logs in with an identifier and a password; a demo staff account then types the code of its
   * authenticator app, as a staff member does.
   */
  public Browser login(String identifier, String password) {
    enterPassword(identifier, password);
    if (path().equals("/second-factor.xhtml") && StaffCodes.isDemoStaff(identifier)) {
      secondFactor(StaffCodes.forDemo(identifier));
    }
    return this;
  }

  /** The first step of logging in: the login page's identifier and password. */
  public Browser enterPassword(String identifier, String password) {
    go("/login.xhtml");
    type("login:identifier", identifier).type("login:password", password).click("login:submit");
    return this;
  }

  /** Types a code on the second-factor page. */
  public Browser secondFactor(String code) {
    type("secondFactor:code", code).click("secondFactor:submit");
    return this;
  }

  public Browser logout() {
    click("logout:go");
    return this;
  }

  public String heading() {
    return driver.findElement(By.tagName("h1")).getText();
  }

  public String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public String path() {
    return URI.create(driver.getCurrentUrl()).getPath();
  }

  public String htmlAttribute(String name) {
    return driver.findElement(By.tagName("html")).getAttribute(name);
  }

  public WebDriver driver() {
    return driver;
  }

  /** What the server answers to this browser's session for a path (status code). */
  public int statusOf(String path) {
    Cookie session = driver.manage().getCookieNamed("JSESSIONID");
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (session != null) {
      request.header("Cookie", "JSESSIONID=" + session.getValue());
    }
    try {
      return HttpClient.newHttpClient()
          .send(request.build(), HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Fails when axe-core finds a violation of impact serious or critical on the current page. */
  public Browser assertAccessible() {
    Results results = new AxeBuilder().analyze(driver);
    List<Rule> serious =
        results.getViolations().stream()
            .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
            .collect(Collectors.toList());
    assertThat(serious)
        .as(
            "axe-core violations on %s (%s, %d px): %s",
            path(),
            htmlAttribute("lang"),
            driver.manage().window().getSize().getWidth(),
            serious.stream()
                .map(v -> v.getId() + " " + v.getNodes().stream().map(n -> n.getTarget().toString()).toList())
                .collect(Collectors.joining("; ")))
        .isEmpty();
    return this;
  }

  /** Fails when the page is wider than the window: a person would have to scroll sideways. */
  public Browser assertNoHorizontalScroll() {
    Number scroll = (Number) ((ChromeDriver) driver).executeScript("return document.documentElement.scrollWidth");
    Number inner = (Number) ((ChromeDriver) driver).executeScript("return window.innerWidth");
    assertThat(scroll.intValue()).as("page width on %s", path()).isLessThanOrEqualTo(inner.intValue());
    return this;
  }

  /**
   * Fails when a box's text is wider than the box (a translation longer than the layout allows)
   * or when a text key shows instead of its text.
   */
  public Browser assertNoOverflowNorMissingText() {
    @SuppressWarnings("unchecked")
    List<String> overflowing =
        (List<String>)
            ((ChromeDriver) driver)
                .executeScript(
                    "const bad = [];"
                        + "document.querySelectorAll('body *').forEach(el => {"
                        + "  const cs = getComputedStyle(el);"
                        + "  if (cs.display === 'inline' || cs.display === 'none' || cs.overflowX !== 'visible') return;"
                        + "  if (['SELECT','INPUT','TEXTAREA','OPTION','svg','IMG'].includes(el.tagName)) return;"
                        + "  if (el.closest('.table-scroll')) return;"
                        + "  if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)"
                        + "    bad.push(el.tagName + '.' + el.className + ' ' + el.scrollWidth + '>' + el.clientWidth + ': '"
                        + "      + el.textContent.trim().slice(0, 60));"
                        + "});"
                        + "return bad;");
    assertThat(overflowing).as("text wider than its box on %s in %s", path(), htmlAttribute("lang")).isEmpty();
    assertThat(text()).as("untranslated key on %s in %s", path(), htmlAttribute("lang")).doesNotContain("???");
    return this;
  }

  public void deleteCookies() {
    driver.manage().deleteAllCookies();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
