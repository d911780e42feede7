package fr.paris.teleservices.portal.it.incontainer.account;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.account.AccountClosures;
import fr.paris.teleservices.portal.account.AccountRepository;
import fr.paris.teleservices.portal.account.AccountService;
import fr.paris.teleservices.portal.account.LoginIdentifier;
import fr.paris.teleservices.portal.vault.VaultActors;
import fr.paris.teleservices.portal.vault.VaultSetup;
import fr.paris.teleservices.vault.document.DepositRequest;
import fr.paris.teleservices.vault.document.DocumentType;
import fr.paris.teleservices.vault.storage.ObjectMissingException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Closing an account inside Payara against the real MariaDB and S3 server: the password is asked,
 * nothing happens during the export window, then the vault is destroyed, SMS not yet sent are
 * cancelled and the account keeps nothing that identifies or reaches the person.
 */
@ExtendWith(ArquillianExtension.class)
class AccountClosureIT {

  private static final String PASSWORD = "une longue phrase secrète";

  @Inject AccountClosures closures;
  @Inject AccountService accounts;
  @Inject AccountRepository repository;
  @Inject VaultSetup vault;
  @Inject UserTransaction tx;

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Test
  void theAccountClosesAfterTheExportWindowAndLeavesNothingReadable() throws Exception {
    String email = "closure-" + UUID.randomUUID() + "@example.org";
    String mobile = String.format("+3377%07d", (long) (Math.random() * 10_000_000));
    Account usager =
        accounts.signUpUsager(new AccountService.Signup("Inès Fermeture", email, mobile, PASSWORD, PASSWORD, "fr"));
    String id = usager.getPublicId();
    var document =
        vault.vault().deposit(
            VaultActors.usager(usager),
            DepositRequest.of(new ByteArrayInputStream(png()), "rib.png", "image/png", DocumentType.BANK_DETAILS));
    String objectKey = objectKeyOf(document.id());
    assertThat(vault.vault().documents(VaultActors.usager(usager))).hasSize(1);
    long reminder = pendingSmsTo(mobile);

    assertThat(closures.request(id, "pas le bon mot de passe")).as("the password is asked").isNull();
    assertThat(repository.findByPublicId(id).orElseThrow().getClosureDueAt()).isNull();

    Instant due = closures.request(id, PASSWORD);
    assertThat(due).isBetween(Instant.now().plus(Duration.ofDays(29)), Instant.now().plus(Duration.ofDays(31)));
    assertThat(closures.closeDue(Instant.now(), 50)).as("nothing before the end of the window").isZero();
    assertThat(accounts.authenticate(email, PASSWORD)).as("the person can still log in to export").isPresent();

    closures.cancel(id);
    assertThat(repository.findByPublicId(id).orElseThrow().getClosureDueAt()).isNull();
    closures.request(id, PASSWORD);
    setDue(id, Instant.now().minusSeconds(1));

    closures.closeDue(Instant.now(), 50);

    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT status, display_name, email, phone, login_id, closure_due_at FROM account WHERE public_id = ?1")
                .setParameter(1, id)
                .getSingleResult();
    assertThat(row[0]).isEqualTo("CLOSED");
    assertThat(row[1].toString()).doesNotContain("Inès");
    assertThat(row[2]).isNull();
    assertThat(row[3]).isNull();
    assertThat(row[4]).isNull();
    assertThat(row[5]).isNull();
    assertThat(accounts.authenticate(email, PASSWORD)).isEmpty();
    assertThat(repository.findByLogin(LoginIdentifier.parse(email))).isEmpty();

    assertThat(count("SELECT COUNT(*) FROM vault_owner_key WHERE owner_id = ?1", id))
        .as("the key that opens every copy of the documents is gone")
        .isZero();
    assertThat(count("SELECT COUNT(*) FROM vault_document WHERE owner_id = ?1", id)).isZero();
    assertThat(vault.vault().documents(VaultActors.usager(repository.findByPublicId(id).orElseThrow()))).isEmpty();
    assertThat(objectExists(objectKey)).as("the encrypted object is deleted from S3").isFalse();
    assertThat(
            em.createNativeQuery("SELECT state FROM sms_message WHERE id = ?1").setParameter(1, reminder).getSingleResult())
        .as("a reminder not yet sent never goes")
        .isEqualTo("CANCELLED");
  }

  private static byte[] png() throws Exception {
    BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    image.setRGB(3, 4, 0x336699);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private String objectKeyOf(String documentId) {
    return em.createNativeQuery("SELECT object_key FROM vault_document WHERE id = ?1")
        .setParameter(1, documentId)
        .getSingleResult()
        .toString();
  }

  private boolean objectExists(String key) throws Exception {
    try (var in = vault.store().get(key)) {
      return true;
    } catch (ObjectMissingException missing) {
      return false;
    }
  }

  private long pendingSmsTo(String mobile) throws Exception {
    Timestamp now = Timestamp.from(Instant.now());
    Timestamp later = Timestamp.from(Instant.now().plus(Duration.ofDays(2)));
    tx.begin();
    em.createNativeQuery(
            "INSERT INTO sms_message (dedupe_key, kind, subject, recipient, language, template_key, params_json,"
                + " respect_window, due_at, state, next_attempt_at, created_at, updated_at)"
                + " VALUES (?1, 'INCOMPLETE_REMINDER', ?2, ?3, 'fr', 'sms.reminder.incomplete', '{}', TRUE, ?4, 'PENDING', ?4, ?5, ?5)")
        .setParameter(1, "closure-test:" + UUID.randomUUID())
        .setParameter(2, "closure-test")
        .setParameter(3, mobile)
        .setParameter(4, later)
        .setParameter(5, now)
        .executeUpdate();
    long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    tx.commit();
    return id;
  }

  private void setDue(String publicId, Instant due) throws Exception {
    tx.begin();
    em.createNativeQuery("UPDATE account SET closure_due_at = ?1 WHERE public_id = ?2")
        .setParameter(1, Timestamp.from(due))
        .setParameter(2, publicId)
        .executeUpdate();
    tx.commit();
  }

  private long count(String sql, String id) {
    return ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue();
  }
}
