package fr.paris.teleservices.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.account.Role;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** After logging in, back to the page asked for — only within the person's own area. */
class LoginNextTest {

  private final Account usager = new Account(Role.USAGER, "Awa", "hash", "fr", Instant.EPOCH);

  @Test
  void goesBackToAPageOfTheOwnAreaOrAPublicPage() {
    assertThat(Login.safeNext("/usager/start.xhtml?procedure=paris-logement", usager))
        .contains("/usager/start.xhtml?procedure=paris-logement");
    assertThat(Login.safeNext("/aide.xhtml?id=paris-solidarite", usager)).isPresent();
  }

  @Test
  void neverToAnotherSiteNorAnotherRolesArea() {
    assertThat(Login.safeNext("https://evil.example/usager/x.xhtml", usager)).isEmpty();
    assertThat(Login.safeNext("//evil.example/x.xhtml", usager)).isEmpty();
    assertThat(Login.safeNext("/admin/index.xhtml", usager)).isEmpty();
    assertThat(Login.safeNext("/usager/../admin/index.xhtml", usager)).isEmpty();
    assertThat(Login.safeNext("/usager/start.xhtml?x=<script>", usager)).isEmpty();
    assertThat(Login.safeNext(null, usager)).isEmpty();
  }
}
