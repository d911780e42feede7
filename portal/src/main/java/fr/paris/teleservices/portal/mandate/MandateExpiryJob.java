package fr.paris.teleservices.portal.mandate;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Every five minutes: mandates past their end become EXPIRED, and the usager's journal says so. An
 * expired mandate already lets nothing through before this runs (every request checks the time);
 * this only writes the record. Safe on several nodes (SKIP LOCKED).
 */
@Singleton
public class MandateExpiryJob {

  private static final int BATCH = 200;

  @Inject MandateService mandates;

  @Schedule(minute = "*/5", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void expire() {
    Instant now = Instant.now();
    int claimed;
    do {
      claimed = mandates.expireOverdue(now, BATCH);
    } while (claimed == BATCH);
  }
}
