package fr.paris.teleservices.portal.agent;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Identifiers and codes people copy from paper or read aloud: upper-case letters and digits that
 * cannot be mistaken for one another (no 0/O, 1/I/L, 2/Z, 5/S, 8/B, U/V).
 */
public final class Codes {

  /** 23 characters: 18 letters and the digits 3, 4, 6, 7, 9. */
  static final String ALPHABET = "ACDEFGHJKMNPQRTWXY34679";

  private static final SecureRandom RANDOM = new SecureRandom();

  private Codes() {}

  /**
   * A login identifier for an account without e-mail: "PA-7K3M-Q9". It keeps fewer than six digits
   * so the login field never mistakes it for a phone number.
   */
  public static String loginId() {
    return loginId(RANDOM);
  }

  static String loginId(RandomGenerator random) {
    while (true) {
      String chars = random(random, 6);
      if (chars.chars().filter(Character::isDigit).count() <= 4) {
        return "PA-" + chars.substring(0, 4) + "-" + chars.substring(4);
      }
    }
  }

  /** A one-time recovery code: 12 characters (about 54 bits) in three groups, "K7M3-Q9TA-4HCX". */
  public static String recoveryCode() {
    return recoveryCode(RANDOM);
  }

  static String recoveryCode(RandomGenerator random) {
    String chars = random(random, 12);
    return chars.substring(0, 4) + "-" + chars.substring(4, 8) + "-" + chars.substring(8);
  }

  /** A typed code as stored: upper case, without spaces or dashes. */
  public static String normalizeCode(String typed) {
    return typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
  }

  /**
   * A typed login identifier, made canonical when it has the shape of a generated one
   * ("pa 7k3m q9" → "PA-7K3M-Q9"); anything else is returned as typed.
   */
  public static String normalizeLogin(String typed) {
    String raw = typed == null ? "" : typed.strip();
    String compact = raw.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]", "");
    if (compact.matches("PA[A-Z0-9]{6}")) {
      return "PA-" + compact.substring(2, 6) + "-" + compact.substring(6);
    }
    return raw;
  }

  private static String random(RandomGenerator random, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }
}
