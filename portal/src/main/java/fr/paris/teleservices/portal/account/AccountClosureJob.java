package fr.paris.teleservices.portal.account;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;

/** Every hour: the account closures whose export window has ended. Safe on several nodes. */
@Singleton
public class AccountClosureJob {

  private static final int BATCH = 50;

  @Inject AccountClosures closures;

  @Schedule(minute = "17", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void closeDue() throws SQLException {
    Instant now = Instant.now();
    int claimed;
    do {
      claimed = closures.closeDue(now, BATCH);
    } while (claimed == BATCH);
  }
}
