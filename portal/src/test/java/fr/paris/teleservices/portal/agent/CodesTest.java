package fr.paris.teleservices.portal.agent;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paris.teleservices.portal.account.LoginIdentifier;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Identifiers and codes people copy from paper: unambiguous, and never mistaken for a phone number. */
class CodesTest {

  @Test
  void aLoginIdentifierLooksLikePA7K3MQ9AndIsReadAsALoginIdentifier() {
    Random random = new Random(42);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 5_000; i++) {
      String id = Codes.loginId(random);
      assertThat(id).matches("PA-[" + Codes.ALPHABET + "]{4}-[" + Codes.ALPHABET + "]{2}");
      assertThat(id.chars().filter(Character::isDigit).count()).isLessThanOrEqualTo(4);
      assertThat(LoginIdentifier.parse(id).kind()).as(id).isEqualTo(LoginIdentifier.Kind.LOGIN_ID);
      seen.add(id);
    }
    assertThat(seen).hasSizeGreaterThan(4_990);
  }

  @Test
  void theAlphabetHasNoCharacterThatLooksLikeAnother() {
    for (char ambiguous : "0O1IL2Z5S8BUV".toCharArray()) {
      assertThat(Codes.ALPHABET).doesNotContain(String.valueOf(ambiguous));
    }
  }

  @Test
  void aRecoveryCodeIsThreeGroupsOfFourAndIsTypedInAnyForm() {
    String code = Codes.recoveryCode(new Random(7));
    assertThat(code).matches("[" + Codes.ALPHABET + "]{4}-[" + Codes.ALPHABET + "]{4}-[" + Codes.ALPHABET + "]{4}");
    assertThat(Codes.normalizeCode(code.toLowerCase().replace("-", " "))).isEqualTo(code.replace("-", ""));
  }

  @Test
  void aLoginIdentifierTypedWithoutDashesOrInLowerCaseIsRecognised() {
    assertThat(Codes.normalizeLogin("pa 7k3m q9")).isEqualTo("PA-7K3M-Q9");
    assertThat(Codes.normalizeLogin("PA7K3MQ9")).isEqualTo("PA-7K3M-Q9");
    assertThat(Codes.normalizeLogin("06 12 34 56 78")).isEqualTo("06 12 34 56 78");
    assertThat(Codes.normalizeLogin("amina@example.org")).isEqualTo("amina@example.org");
  }
}
