package fr.paris.teleservices.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;

/**
 * Sets a new password on an account once its holder has proved who they are without the old one
 * (a one-time recovery code issued by an agent after an identity check in person). Callers check
 * that proof; this only applies the password rules and stores the Argon2id hash.
 */
@ApplicationScoped
public class PasswordReset {

  private static final Logger LOG = Logger.getLogger(PasswordReset.class.getName());

  @Inject AccountRepository accounts;
  @Inject PasswordHasher hasher;

  /** Whether a password is long enough (the same rule as at sign-up). */
  public static boolean acceptable(String password) {
    return password != null && password.codePointCount(0, password.length()) >= AccountService.MIN_PASSWORD_LENGTH;
  }

  /** Joins the caller's transaction: the code is consumed and the password changed together. */
  @Transactional
  public void setNewPassword(String publicId, String password) {
    if (!acceptable(password)) {
      throw new IllegalArgumentException("Password too short");
    }
    accounts.findByPublicId(publicId).orElseThrow().setPasswordHash(hasher.hash(password));
    LOG.info(() -> "Password reset for account " + publicId);
  }
}
