package fr.paris.teleservices.portal.reminder;

import fr.paris.teleservices.notifications.reminder.IncompleteApplication;
import fr.paris.teleservices.notifications.text.Where;
import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.config.ConfigKeys;
import fr.paris.teleservices.portal.dossier.DossierChanged;
import fr.paris.teleservices.portal.dossier.DossierState;
import fr.paris.teleservices.portal.persistence.ContainerTransactions;
import fr.paris.teleservices.portal.sms.Sms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.sql.SQLException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Plans the SMS reminders of a request when it becomes incomplete, and cancels them the moment it
 * is no longer: in the same transaction as the change (a transactional outbox), so a reminder is
 * never planned for a change that rolled back, nor lost for one that committed.
 */
@ApplicationScoped
public class ReminderPlanning {

  @Inject Sms sms;
  @Inject ReminderSchedules schedules;
  @Inject ContainerTransactions transactions;

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Inject
  @ConfigProperty(name = ConfigKeys.PUBLIC_URL, defaultValue = "http://localhost:8080")
  String publicUrl;

  /** The subject under which a request's SMS are filed (plans, history). */
  public static String subject(long dossierId) {
    return "dossier:" + dossierId;
  }

  void on(@Observes DossierChanged change) throws SQLException {
    String subject = subject(change.dossierId());
    if (change.to() == DossierState.INCOMPLETE) {
      Account usager =
          em.createQuery("SELECT a FROM Account a WHERE a.publicId = :p", Account.class)
              .setParameter("p", change.usagerId())
              .getSingleResult();
      // Only a number the person confirmed receives reminders; none at all if they switched them off.
      String phone = usager.isPhoneVerified() ? usager.getPhone() : null;
      IncompleteApplication application =
          new IncompleteApplication(
              subject,
              change.number(),
              phone,
              usager.getLanguage(),
              change.receivedOn(),
              change.completeBy(),
              sms.clock().instant(),
              Where.online(portalAddress()),
              usager.isRemindersEnabled() && phone != null);
      transactions.inCurrentTransaction(
          c -> sms.planner().planIncomplete(c, application, schedules.of(change.procedureId())));
    } else if (change.from() == DossierState.INCOMPLETE) {
      transactions.inCurrentTransaction(c -> sms.planner().cancelPlan(c, subject));
    }
  }

  /** What an SMS says to type: the portal's address without the scheme. */
  private String portalAddress() {
    URI uri = URI.create(publicUrl);
    return uri.getPort() > 0 ? uri.getHost() + ":" + uri.getPort() : uri.getHost();
  }
}
