package fr.paris.teleservices.portal.dossier;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Every quarter of an hour: requests still incomplete after their 2-month deadline lapse
 * (Règlement municipal, titre I/B art. 3). Safe on several nodes: rows are claimed with SKIP
 * LOCKED, and a request already lapsed elsewhere is left alone.
 */
@Singleton
public class LapseJob {

  private static final Logger LOG = Logger.getLogger(LapseJob.class.getName());
  private static final int BATCH = 200;

  @Inject DossierService dossiers;

  @Schedule(minute = "*/15", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void lapseOverdue() {
    LocalDate today = LocalDate.now(DossierService.PARIS);
    int total = 0;
    int batch;
    do {
      batch = dossiers.lapseOverdue(today, BATCH);
      total += batch;
    } while (batch == BATCH);
    if (total > 0) {
      int lapsed = total;
      LOG.info(() -> lapsed + " incomplete requests lapsed");
    }
  }
}
