package fr.paris.teleservices.portal.domiciliation;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Every hour: a domiciliation whose attestation passed its end date without a renewal request ends
 * (DomiFa's "expired after one year without renewal"). Renewal is never automatic. Safe on several
 * nodes: rows are claimed with SKIP LOCKED.
 */
@Singleton
public class DomiciliationExpiryJob {

  private static final Logger LOG = Logger.getLogger(DomiciliationExpiryJob.class.getName());
  private static final int BATCH = 200;

  @Inject DomiciliationService domiciliations;

  @Schedule(minute = "7", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void expireOverdue() {
    LocalDate today = LocalDate.now(DomiciliationRules.PARIS);
    int total = 0;
    int batch;
    do {
      batch = domiciliations.expireOverdue(today, BATCH);
      total += batch;
    } while (batch == BATCH);
    if (total > 0) {
      int ended = total;
      LOG.info(() -> ended + " domiciliations ended without renewal");
    }
  }
}
