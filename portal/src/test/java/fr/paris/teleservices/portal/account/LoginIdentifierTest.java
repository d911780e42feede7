package fr.paris.teleservices.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginIdentifierTest {

  @Test
  void phoneNumbersInAnyCommonWritingBecomeE164() {
    for (String typed : new String[] {"06 12 34 56 78", "0612345678", "+33 6 12 34 56 78", "0033612345678", "06.12.34.56.78"}) {
      LoginIdentifier id = LoginIdentifier.parse(typed);
      assertThat(id.kind()).as(typed).isEqualTo(LoginIdentifier.Kind.PHONE);
      assertThat(id.value()).isEqualTo("+33612345678");
    }
  }

  @Test
  void emailsAreCaseInsensitiveAndOtherLoginsAreIdentifiers() {
    assertThat(LoginIdentifier.parse("  Fatou.Diop@Example.ORG ")).isEqualTo(
        new LoginIdentifier(LoginIdentifier.Kind.EMAIL, "fatou.diop@example.org"));
    assertThat(LoginIdentifier.parse("agent.demo")).isEqualTo(
        new LoginIdentifier(LoginIdentifier.Kind.LOGIN_ID, "agent.demo"));
  }
}
