package fr.paris.teleservices.portal.sms;

import fr.paris.teleservices.notifications.outbox.DispatchReport;
import fr.paris.teleservices.portal.web.SafeLog;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Sends what is due from the SMS outbox, every few seconds, on the container's managed scheduled
 * executor. Every portal node runs it: the outbox's SKIP LOCKED claims keep them from sending the
 * same message twice.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class SmsDispatchSchedule {

  private static final Logger LOG = Logger.getLogger(SmsDispatchSchedule.class.getName());
  private static final int BATCH = 100;
  private static final long PERIOD_SECONDS = 5;

  @Resource ManagedScheduledExecutorService executor;
  @Inject Sms sms;

  private ScheduledFuture<?> task;

  @PostConstruct
  void start() {
    task = executor.scheduleWithFixedDelay(this::dispatch, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  void dispatch() {
    try {
      DispatchReport report;
      do {
        report = sms.dispatcher().dispatchDue(BATCH);
      } while (report.claimed() == BATCH);
    } catch (Exception e) {
      LOG.warning(() -> "SMS dispatch failed, retried at the next run: " + SafeLog.describe(e));
    }
  }
}
