package fr.paris.teleservices.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.paris.teleservices.portal.security.secondfactor.Base32;
import fr.paris.teleservices.portal.security.secondfactor.Totp;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The codes an authenticator app shows: RFC 6238's test vectors (SHA-1, last six digits). */
class TotpTest {

  private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  @Test
  void codesMatchTheRfcTestVectors() {
    assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
    assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
    assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
    assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
    assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(20000000000L)))).isEqualTo("353130");
  }

  @Test
  void aStepLastsThirtySeconds() {
    assertThat(Totp.step(Instant.ofEpochSecond(59))).isEqualTo(1);
    assertThat(Totp.step(Instant.ofEpochSecond(60))).isEqualTo(2);
  }

  @Test
  void keysAreWrittenAndReadInBase32AsAppsTypeThem() {
    assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
    assertThat(Base32.encode(RFC_KEY)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    assertThat(Base32.decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(RFC_KEY);
    assertThatThrownBy(() -> Base32.decode("GEZ1")).isInstanceOf(IllegalArgumentException.class);
  }
}
