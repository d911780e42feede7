package fr.paris.teleservices.portal.it.support;

import fr.paris.teleservices.portal.account.DemoAccounts;
import fr.paris.teleservices.portal.security.secondfactor.Base32;
import fr.paris.teleservices.portal.security.secondfactor.Totp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * What a staff member's authenticator app shows, for the tests' logins. The portal accepts each
 * code once and one step either side of now, so tests that log in as the same account in quick
 * succession use the next step's code, or wait for it.
 */
public final class StaffCodes {

  private static final Map<String, Long> LAST_STEP = new HashMap<>();

  private StaffCodes() {}

  public static boolean isDemoStaff(String login) {
    return DemoAccounts.ALL.stream()
        .anyMatch(d -> d.login().equals(login) && d.role() != fr.paris.teleservices.portal.account.Role.USAGER);
  }

  public static String forDemo(String login) {
    return next(login, Base32.decode(DemoAccounts.SECOND_FACTOR_KEY));
  }

  /** An unused code of {@code key} for the account {@code login}. */
  public static synchronized String next(String login, byte[] key) {
    long now = Totp.step(Instant.now());
    long step = Math.max(now, LAST_STEP.getOrDefault(login, Long.MIN_VALUE) + 1);
    while (step > Totp.step(Instant.now()) + 1) {
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    LAST_STEP.put(login, step);
    return Totp.code(key, step);
  }
}
