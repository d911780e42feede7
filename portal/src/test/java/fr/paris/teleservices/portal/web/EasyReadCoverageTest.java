package fr.paris.teleservices.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paris.teleservices.i18n.Bundles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Easy-read French (FALC) may leave staff-only texts in standard French, but never a text that a
 * usager reads: every key used on the public and usager pages, and in the templates around them,
 * has its easy-read version.
 */
class EasyReadCoverageTest {

  private static final Path PAGES = Path.of("src", "main", "webapp");
  private static final Set<String> STAFF_AREAS = Set.of("admin", "agent", "social-worker");
  private static final Pattern KEY = Pattern.compile("\\bt\\['([^']+)'\\]");

  @Test
  void everyTextOnAUsagerPageHasAnEasyReadVersion() throws IOException {
    Set<String> easyRead = Bundles.texts("falc").keySet();
    Set<String> missing = new TreeSet<>();
    for (Path page : usagerPages()) {
      Matcher keys = KEY.matcher(Files.readString(page, StandardCharsets.UTF_8));
      while (keys.find()) {
        if (!easyRead.contains(keys.group(1))) {
          missing.add(PAGES.relativize(page) + ": " + keys.group(1));
        }
      }
    }
    assertThat(missing).as("texts of usager pages without an easy-read version").isEmpty();
  }

  @Test
  void theCheckSeesThePages() throws IOException {
    assertThat(usagerPages())
        .extracting(p -> PAGES.relativize(p).toString())
        .contains("usager/demande.xhtml", "WEB-INF/templates/page.xhtml", "signup.xhtml")
        .noneMatch(p -> p.startsWith("admin/"));
  }

  private static java.util.List<Path> usagerPages() throws IOException {
    try (Stream<Path> files = Files.walk(PAGES)) {
      return files
          .filter(p -> p.toString().endsWith(".xhtml"))
          .filter(p -> !STAFF_AREAS.contains(PAGES.relativize(p).getName(0).toString()))
          .sorted()
          .toList();
    }
  }
}
