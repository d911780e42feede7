package fr.paris.teleservices.portal.vault;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paris.teleservices.vault.sharing.GranteeKind;
import org.junit.jupiter.api.Test;

class GranteeChoiceTest {

  @Test
  void readsWhatTheListSent() {
    assertThat(GranteeChoice.parse("STRUCTURE:EPS-13")).contains(new GranteeChoice(GranteeKind.STRUCTURE, "EPS-13"));
    assertThat(GranteeChoice.parse("SOCIAL_WORKER:3f0c6a54-93b5-4f55-9d4e-0d5a4b3a9c11"))
        .contains(new GranteeChoice(GranteeKind.SOCIAL_WORKER, "3f0c6a54-93b5-4f55-9d4e-0d5a4b3a9c11"));
    assertThat(new GranteeChoice(GranteeKind.STRUCTURE, "EPS-13").value()).isEqualTo("STRUCTURE:EPS-13");
  }

  @Test
  void refusesAnythingElse() {
    assertThat(GranteeChoice.parse(null)).isEmpty();
    assertThat(GranteeChoice.parse("")).isEmpty();
    assertThat(GranteeChoice.parse("EPS-13")).isEmpty();
    assertThat(GranteeChoice.parse("STRUCTURE:")).isEmpty();
    assertThat(GranteeChoice.parse(":EPS-13")).isEmpty();
    assertThat(GranteeChoice.parse("AGENT:agent-1")).isEmpty();
    assertThat(GranteeChoice.parse("STRUCTURE:" + "x".repeat(65))).isEmpty();
  }
}
