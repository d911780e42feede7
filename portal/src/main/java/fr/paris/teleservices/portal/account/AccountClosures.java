package fr.paris.teleservices.portal.account;

import fr.paris.teleservices.portal.mandate.MandateService;
import fr.paris.teleservices.portal.persistence.ContainerTransactions;
import fr.paris.teleservices.portal.sms.Sms;
import fr.paris.teleservices.portal.vault.VaultSetup;
import fr.paris.teleservices.vault.access.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Closing a usager's account (SECURITY.md, point 5): asked for with the password, due after an
 * export window (30 days by default) during which the person can still log in, download everything
 * or cancel; then, on any node (SKIP LOCKED), the vault is destroyed — keys first, so every copy of
 * the objects becomes unreadable — SMS not yet sent are cancelled, mandates end, and the account
 * row keeps nothing that identifies or reaches the person.
 */
@ApplicationScoped
public class AccountClosures {

  public static final String WINDOW_KEY = "portal.account.closure-window";
  private static final Logger LOG = Logger.getLogger(AccountClosures.class.getName());
  /** Who the vault's records name as having closed it. */
  private static final Actor SYSTEM = new Actor.Administrator("system", "Fermeture du compte");

  @Inject AccountRepository accounts;
  @Inject PasswordHasher hasher;
  @Inject VaultSetup vault;
  @Inject Sms sms;
  @Inject MandateService mandates;
  @Inject ContainerTransactions transactions;

  @Inject
  @ConfigProperty(name = WINDOW_KEY, defaultValue = "P30D")
  Duration window;

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  private final Clock clock = Clock.systemUTC();
  private final SecureRandom random = new SecureRandom();

  /** How long the person keeps access (to download everything, or to change their mind). */
  public Duration window() {
    return window;
  }

  /** Schedules the closure if the password is right; the instant it takes effect, or null. */
  @Transactional
  public Instant request(String usagerPublicId, String password) {
    Account account = accounts.findByPublicId(usagerPublicId).orElseThrow();
    if (account.getRole() != Role.USAGER || !account.isActive()) {
      throw new IllegalStateException("Only a usager closes their own account");
    }
    if (!hasher.verify(password == null ? "" : password, account.getPasswordHash())) {
      return null;
    }
    Instant due = clock.instant().plus(window);
    account.scheduleClosure(due);
    LOG.info(() -> "Account closure scheduled for " + account.getPublicId());
    return due;
  }

  @Transactional
  public void cancel(String usagerPublicId) {
    accounts.findByPublicId(usagerPublicId).orElseThrow().cancelClosure();
    LOG.info(() -> "Account closure cancelled for " + usagerPublicId);
  }

  /** Closes up to {@code batch} accounts whose closure is due; returns how many it claimed. */
  @Transactional
  public int closeDue(Instant now, int batch) throws SQLException {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "SELECT id FROM account WHERE status = 'ACTIVE' AND closure_due_at <= ?1"
                    + " ORDER BY closure_due_at, id LIMIT ?2 FOR UPDATE SKIP LOCKED")
            .setParameter(1, Timestamp.from(now))
            .setParameter(2, batch)
            .getResultList();
    for (Number id : ids) {
      Account account = em.find(Account.class, id.longValue());
      em.refresh(account);
      if (account.isActive() && account.getClosureDueAt() != null && !now.isBefore(account.getClosureDueAt())) {
        close(account, now);
      }
    }
    return ids.size();
  }

  private void close(Account account, Instant now) throws SQLException {
    String publicId = account.getPublicId();
    vault.vault().destroyVault(SYSTEM, publicId);
    String phone = account.getPhone();
    if (phone != null) {
      transactions.inCurrentTransaction(c -> sms.planner().cancelAllTo(c, phone));
    }
    mandates.endAllOf(publicId, now);
    // Not a hash of anything: no password can ever match it.
    account.close("closed$" + HexFormat.of().formatHex(random.generateSeed(16)));
    LOG.info(() -> "Account " + publicId + " closed: vault destroyed, pending SMS cancelled");
  }
}
