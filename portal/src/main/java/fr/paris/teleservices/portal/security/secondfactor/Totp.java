package fr.paris.teleservices.portal.security.secondfactor;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time codes (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), the defaults every
 * authenticator app (FreeOTP, Aegis, Google Authenticator…) reads from an {@code otpauth://} link.
 */
public final class Totp {

  public static final int DIGITS = 6;
  static final long STEP_SECONDS = 30;
  private static final int MODULO = 1_000_000;

  private Totp() {}

  public static long step(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
  }

  /** The code for one step, zero-padded to six digits. */
  public static String code(byte[] key, long step) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(key, "HmacSHA1"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int offset = hash[hash.length - 1] & 0x0f;
      int binary =
          ((hash[offset] & 0x7f) << 24)
              | ((hash[offset + 1] & 0xff) << 16)
              | ((hash[offset + 2] & 0xff) << 8)
              | (hash[offset + 3] & 0xff);
      return String.format("%06d", binary % MODULO);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 unavailable", e);
    }
  }

  /** Whether {@code code} is the code of {@code step}, compared in constant time. */
  static boolean matches(byte[] key, long step, String code) {
    return MessageDigest.isEqual(
        code(key, step).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        code.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }
}
