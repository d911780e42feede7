package fr.paris.teleservices.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paris.teleservices.portal.account.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Deny by default: the build fails when a page exists without an explicit access rule. */
class AccessRulesTest {

  private static final Path WEBAPP = Path.of("src/main/webapp");

  @Test
  void everyPageHasAnExplicitRule() throws IOException {
    List<String> pages;
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      pages =
          files
              .filter(p -> p.toString().endsWith(".xhtml"))
              .map(p -> "/" + WEBAPP.relativize(p).toString().replace('\\', '/'))
              .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/"))
              .toList();
    }
    assertThat(pages).isNotEmpty().contains("/index.xhtml", "/usager/demarches.xhtml");
    assertThat(pages).allSatisfy(page -> assertThat(AccessRules.isCovered(page)).as(page).isTrue());
  }

  @Test
  void everyRoleAreaIsGuardedByTheContainerForThatRoleOnly() throws IOException {
    String webXml = Files.readString(WEBAPP.resolve("WEB-INF/web.xml"));
    Matcher constraint =
        Pattern.compile(
                "<url-pattern>([^<]+)</url-pattern>\\s*</web-resource-collection>\\s*<auth-constraint>((?:\\s*<role-name>[A-Z_]+</role-name>)+)\\s*</auth-constraint>")
            .matcher(webXml);
    Map<String, Set<Role>> declared = new HashMap<>();
    while (constraint.find()) {
      Set<Role> roles = new HashSet<>();
      Matcher role = Pattern.compile("<role-name>([A-Z_]+)</role-name>").matcher(constraint.group(2));
      while (role.find()) {
        roles.add(Role.valueOf(role.group(1)));
      }
      declared.put(constraint.group(1).replace("*", ""), roles);
    }
    assertThat(declared).isEqualTo(AccessRules.ROLE_AREAS);
  }

  @Test
  void onlyListedAddressesAreOpen() {
    assertThat(AccessRules.isCovered("/index.xhtml")).isTrue();
    assertThat(AccessRules.isCovered("/")).isTrue();
    assertThat(AccessRules.isCovered("/resources/css/portal.css")).isFalse();
    assertThat(AccessRules.isCovered("/secret.xhtml")).isFalse();
    assertThat(AccessRules.isPublic("/admin/index.xhtml")).isFalse();
    assertThat(AccessRules.areaOf("/admin/index.xhtml")).contains(Set.of(Role.ADMIN));
  }
}
