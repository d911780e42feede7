package fr.paris.teleservices.notifications.outbox;

import fr.paris.teleservices.notifications.optout.NumberRegistry;
import fr.paris.teleservices.notifications.optout.OptOutSource;
import fr.paris.teleservices.notifications.sms.FailureCause;
import fr.paris.teleservices.notifications.sms.GatewayReceipt;
import fr.paris.teleservices.notifications.sms.OutgoingSms;
import fr.paris.teleservices.notifications.sms.PhoneNumbers;
import fr.paris.teleservices.notifications.sms.SmsGateway;
import fr.paris.teleservices.notifications.sms.SmsSendException;
import fr.paris.teleservices.notifications.text.RenderedSms;
import fr.paris.teleservices.notifications.text.SegmentBudgetExceededException;
import fr.paris.teleservices.notifications.text.SmsRenderer;
import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Sends what is due. Each call: one transaction claims a batch (locking reads that skip rows other
 * dispatchers hold, then a lease written and committed); then each message is rendered, sent and
 * its result recorded in a transaction of its own, guarded by the claim token.
 *
 * <p>Safe to run from several threads and several JVMs at once, each with its own instance or
 * sharing one. In the portal, a managed scheduled executor calls {@link #dispatchDue} every few
 * seconds, again at once while batches come back full.
 *
 * <p>The one window where a message can go twice: the gateway accepted it and this JVM died (or
 * lost the database) before the result was committed. The lease then expires and another
 * dispatcher sends it again. A status callback that arrives first closes that window (the row
 * leaves SENDING), but nothing can close it entirely without an idempotency key at the provider.
 */
public final class SmsDispatcher {

  private static final System.Logger LOG = System.getLogger(SmsDispatcher.class.getName());

  private final TransactionRunner tx;
  private final SmsGateway gateway;
  private final SmsRenderer renderer;
  private final DispatchPolicy policy;
  private final Clock clock;
  private final RandomGenerator random;

  public SmsDispatcher(
      TransactionRunner tx,
      SmsGateway gateway,
      SmsRenderer renderer,
      DispatchPolicy policy,
      Clock clock,
      RandomGenerator random) {
    this.tx = tx;
    this.gateway = gateway;
    this.renderer = renderer;
    this.policy = policy;
    this.clock = clock;
    this.random = random;
  }

  /** Claims up to {@code batchSize} due messages and sends them. */
  public DispatchReport dispatchDue(int batchSize) throws SQLException {
    Instant now = clock.instant();
    String token = UUID.randomUUID().toString();
    boolean windowOpen = policy.window().isOpen(now);
    OutboxStore.Claim claim =
        tx.inTransaction(
            c ->
                OutboxStore.claim(
                    c, batchSize, now, windowOpen, token, now.plus(policy.lease()),
                    policy.retry().maxAttempts()));
    int sent = 0;
    int retried = 0;
    int failed = claim.abandoned();
    int optedOut = claim.optedOut();
    for (ClaimedMessage message : claim.leased()) {
      switch (process(message, token)) {
        case SENT -> sent++;
        case RETRY -> retried++;
        case FAILED -> failed++;
        case OPTED_OUT -> optedOut++;
      }
    }
    int claimed = claim.leased().size() + claim.cancelled() + claim.optedOut() + claim.abandoned();
    return new DispatchReport(claimed, sent, retried, failed, optedOut, claim.cancelled());
  }

  private enum Outcome {
    SENT,
    RETRY,
    FAILED,
    OPTED_OUT
  }

  private Outcome process(ClaimedMessage message, String token) throws SQLException {
    RenderedSms rendered;
    RenderedSms stored;
    try {
      rendered = renderer.render(message.kind(), message.templateKey(), message.language(), message.params());
      stored =
          gateway.deliversToOutbox() || message.kind().secretParams().isEmpty()
              ? rendered
              : renderer.compose(
                  message.kind(),
                  message.templateKey(),
                  message.language(),
                  SmsRenderer.maskSecrets(message.kind(), message.params()));
    } catch (SegmentBudgetExceededException e) {
      LOG.log(Level.WARNING, "SMS {0} refused: {1}", String.valueOf(message.id()), e.getMessage());
      return failWithoutSending(message, token, "SEGMENT_BUDGET", e.length().segments() + "-segments");
    } catch (IllegalArgumentException | IllegalStateException e) {
      LOG.log(Level.WARNING, "SMS {0} cannot be rendered: {1}", String.valueOf(message.id()), e.getMessage());
      return failWithoutSending(message, token, "TEMPLATE", null);
    }
    try {
      GatewayReceipt receipt = gateway.send(new OutgoingSms(message.id(), message.recipient(), rendered.text()));
      Instant now = clock.instant();
      boolean recorded =
          tx.inTransaction(
              c ->
                  OutboxStore.markSent(
                      c, message.id(), token, gateway.name(), receipt.providerId(),
                      receipt.providerStatus(), receipt.delivered(), stored.text(), rendered.length(), now));
      if (!recorded) {
        LOG.log(
            Level.WARNING,
            "SMS {0} was sent after its lease had been taken over: it may go twice; lengthen the lease",
            String.valueOf(message.id()));
      }
      LOG.log(Level.DEBUG, "SMS {0} handed to {1} for {2}", String.valueOf(message.id()), gateway.name(), masked(message));
      return Outcome.SENT;
    } catch (SmsSendException e) {
      return failed(message, token, e.failureCause(), e.code());
    } catch (RuntimeException e) {
      // A defect in a gateway is not the person's fault: retried like an outage, visible to staff.
      // Only the type: a provider's message may quote the number.
      LOG.log(Level.ERROR, "SMS {0}: unexpected gateway failure {1}", String.valueOf(message.id()), e.getClass().getName());
      return failed(message, token, FailureCause.PROVIDER_ERROR, "unexpected");
    }
  }

  private Outcome failed(ClaimedMessage message, String token, FailureCause cause, String code)
      throws SQLException {
    Instant now = clock.instant();
    if (cause.retryable() && message.attempts() < policy.retry().maxAttempts()) {
      Instant next = now.plus(policy.retry().delayAfter(message.attempts(), random));
      Instant allowed = message.respectsWindow() ? policy.window().earliestSendTime(next, random) : next;
      tx.inTransaction(c -> OutboxStore.retryLater(c, message.id(), token, allowed, cause.name(), code, now));
      LOG.log(
          Level.INFO,
          "SMS {0} to {1}: {2} ({3}), attempt {4}, retry at {5}",
          String.valueOf(message.id()), masked(message), cause, code, message.attempts(), allowed);
      return Outcome.RETRY;
    }
    if (cause == FailureCause.OPTED_OUT) {
      tx.inTransaction(
          c -> {
            NumberRegistry.optOut(c, message.recipient(), OptOutSource.PROVIDER, now);
            return OutboxStore.finish(c, message.id(), token, MessageState.OPTED_OUT, cause.name(), code, now);
          });
      LOG.log(Level.INFO, "SMS {0}: {1} has unsubscribed at the provider", String.valueOf(message.id()), masked(message));
      return Outcome.OPTED_OUT;
    }
    tx.inTransaction(
        c -> {
          if (cause.flagsNumber()) {
            NumberRegistry.flag(c, message.recipient(), code, now);
          }
          return OutboxStore.finish(c, message.id(), token, MessageState.FAILED, cause.name(), code, now);
        });
    LOG.log(
        Level.WARNING,
        "SMS {0} to {1} failed for good: {2} ({3}) after {4} attempt(s)",
        String.valueOf(message.id()), masked(message), cause, code, message.attempts());
    return Outcome.FAILED;
  }

  /** A message that cannot be rendered within the rules will not render better later. */
  private Outcome failWithoutSending(ClaimedMessage message, String token, String errorClass, String code)
      throws SQLException {
    Instant now = clock.instant();
    tx.inTransaction(c -> OutboxStore.finish(c, message.id(), token, MessageState.FAILED, errorClass, code, now));
    return Outcome.FAILED;
  }

  private static String masked(ClaimedMessage message) {
    return PhoneNumbers.mask(message.recipient());
  }
}
