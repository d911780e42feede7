package fr.paris.teleservices.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher();

  @Test
  void hashesAreSaltedArgon2idAndVerifyOnlyTheRightPassword() {
    String first = hasher.hash("correct horse battery staple");
    String second = hasher.hash("correct horse battery staple");
    assertThat(first).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").isNotEqualTo(second);
    assertThat(hasher.verify("correct horse battery staple", first)).isTrue();
    assertThat(hasher.verify("correct horse battery stapler", first)).isFalse();
    assertThat(hasher.verify("", first)).isFalse();
    assertThat(hasher.verify("anything", "$2a$10$notargon")).isFalse();
    assertThat(hasher.verify("anything", null)).isFalse();
  }
}
