package fr.paris.teleservices.portal.domiciliation;

import fr.paris.teleservices.notifications.reminder.DomiciliationEnding;
import fr.paris.teleservices.notifications.reminder.DomiciliationNotices;
import fr.paris.teleservices.notifications.reminder.MailArrival;
import fr.paris.teleservices.notifications.text.Where;
import fr.paris.teleservices.portal.config.ConfigKeys;
import fr.paris.teleservices.portal.persistence.ContainerTransactions;
import fr.paris.teleservices.portal.sms.Sms;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.security.SecureRandom;
import java.sql.SQLException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The domiciliation's SMS, written to the notifications outbox in the caller's transaction: the
 * renewal notice two months before the end, and "mail is waiting for you" at each arrival. Texts
 * never name the sender or the content of a letter (the notifications module's templates).
 *
 * <p>Two subjects per domiciliation, so that cancelling the renewal notice (renewed, ended) never
 * cancels a mail notice still to go.
 */
@ApplicationScoped
public class DomiciliationSms {

  @Inject Sms sms;
  @Inject ContainerTransactions transactions;

  private DomiciliationNotices notices;
  private String portalAddress;

  @PostConstruct
  void configure() {
    notices =
        new DomiciliationNotices(sms.config().window(), sms.config().reminderTimeOfDay(), sms.clock(), new SecureRandom());
    String url =
        ConfigProvider.getConfig().getOptionalValue(ConfigKeys.PUBLIC_URL, String.class).orElse("http://localhost:8080");
    portalAddress = shortAddress(url);
  }

  /** The subject of the renewal notice in the outbox (and of the domiciliation's SMS history). */
  public static String endingSubject(Domiciliation domiciliation) {
    return "domiciliation:" + domiciliation.getPublicId();
  }

  /** The subject of the mail notices. */
  public static String mailSubject(Domiciliation domiciliation) {
    return "domiciliation-mail:" + domiciliation.getPublicId();
  }

  /** Plans the renewal notice for the current end date (renewal can be asked online). */
  void planEnding(Domiciliation domiciliation) {
    DomiciliationEnding ending =
        new DomiciliationEnding(
            endingSubject(domiciliation),
            domiciliation.getPhone(),
            domiciliation.getLanguage(),
            domiciliation.getValidUntil(),
            Where.online(portalAddress),
            domiciliation.isSmsAllowed());
    inTransaction(c -> notices.planEnding(c, ending));
  }

  /** Drops a renewal notice not sent yet: the domiciliation was renewed, refused or ended. */
  void cancelEnding(Domiciliation domiciliation) {
    inTransaction(c -> sms.planner().cancelPlan(c, endingSubject(domiciliation)));
  }

  /** Tells the domicilié that mail waits at the structure: one SMS per arrival, never its content. */
  void mailArrived(Domiciliation domiciliation, MailItem mail, String structureShortName) {
    MailArrival arrival =
        new MailArrival(
            mailSubject(domiciliation),
            mail.getPublicId(),
            mail.getItemCount(),
            domiciliation.getPhone(),
            domiciliation.getLanguage(),
            Where.eps(structureShortName),
            domiciliation.isSmsAllowed());
    inTransaction(c -> notices.mailArrived(c, arrival));
  }

  private <T> void inTransaction(ContainerTransactions.Work<T> work) {
    try {
      transactions.inCurrentTransaction(work);
    } catch (SQLException e) {
      // Rolls the caller's transaction back: the change and its SMS go together or not at all.
      throw new IllegalStateException("Could not write to the SMS outbox", e);
    }
  }

  /** "teleservices.paris.fr" from "https://teleservices.paris.fr/": what fits in an SMS. */
  static String shortAddress(String url) {
    try {
      URI uri = URI.create(url.strip());
      if (uri.getHost() == null) {
        return url;
      }
      return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    } catch (IllegalArgumentException e) {
      return url;
    }
  }
}
