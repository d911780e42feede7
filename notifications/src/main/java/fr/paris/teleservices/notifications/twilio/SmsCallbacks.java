package fr.paris.teleservices.notifications.twilio;

import fr.paris.teleservices.notifications.optout.InboundKeyword;
import fr.paris.teleservices.notifications.optout.NumberRegistry;
import fr.paris.teleservices.notifications.optout.OptOutSource;
import fr.paris.teleservices.notifications.outbox.DeliveryReports;
import fr.paris.teleservices.notifications.outbox.MessageState;
import fr.paris.teleservices.notifications.outbox.TransactionRunner;
import fr.paris.teleservices.notifications.sms.PhoneNumbers;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * The logic behind the portal's two Twilio endpoints: delivery reports (status callbacks) and
 * inbound messages. Both verify the signature first and change nothing when it fails; both are
 * idempotent, so a replayed request changes nothing either.
 */
public final class SmsCallbacks {

  /** The query parameter the gateway adds to each message's status callback URL. */
  public static final String REF_PARAM = "ref";

  /** Delivery errors that say the number cannot receive SMS: unknown destination, landline. */
  private static final Set<String> NUMBER_ERRORS = Set.of("30005", "30006");

  private static final System.Logger LOG = System.getLogger(SmsCallbacks.class.getName());

  private final TransactionRunner tx;
  private final String authToken;
  private final Clock clock;

  public SmsCallbacks(TransactionRunner tx, String authToken, Clock clock) {
    this.tx = tx;
    this.authToken = authToken;
    this.clock = clock;
  }

  /** A status callback: MessageSid, MessageStatus, ErrorCode… */
  public CallbackOutcome handleStatusCallback(TwilioRequest request) throws SQLException {
    if (!TwilioSignature.verify(request.url(), request.params(), request.signature(), authToken)) {
      LOG.log(Level.WARNING, "Status callback rejected: bad or missing X-Twilio-Signature");
      return CallbackOutcome.REJECTED;
    }
    String sid = request.params().get("MessageSid");
    MessageState reported = stateOf(request.params().get("MessageStatus"));
    if (sid == null || reported == null) {
      return CallbackOutcome.UNCHANGED;
    }
    Long ref = ref(request.url());
    String errorCode = request.params().get("ErrorCode");
    String status = request.params().get("MessageStatus").toLowerCase(Locale.ROOT);
    String recipient = request.params().get("To");
    Instant now = clock.instant();
    boolean changed =
        tx.inTransaction(
            c -> {
              boolean applied = DeliveryReports.apply(c, ref, sid, reported, status, errorCode, now);
              if (applied && recipient != null && errorCode != null) {
                if (String.valueOf(TwilioFailures.UNSUBSCRIBED).equals(errorCode)) {
                  NumberRegistry.optOut(c, recipient, OptOutSource.PROVIDER, now);
                } else if (NUMBER_ERRORS.contains(errorCode)) {
                  NumberRegistry.flag(c, recipient, errorCode, now);
                }
              }
              return applied;
            });
    return changed ? CallbackOutcome.APPLIED : CallbackOutcome.UNCHANGED;
  }

  /** An inbound message: STOP/ARRET… opt the sender out, START/OUI… opt them back in. */
  public CallbackOutcome handleInbound(TwilioRequest request) throws SQLException {
    if (!TwilioSignature.verify(request.url(), request.params(), request.signature(), authToken)) {
      LOG.log(Level.WARNING, "Inbound message rejected: bad or missing X-Twilio-Signature");
      return CallbackOutcome.REJECTED;
    }
    String from = request.params().get("From");
    InboundKeyword keyword = InboundKeyword.of(request.params().get("Body"));
    if (from == null || keyword == InboundKeyword.NONE) {
      return CallbackOutcome.UNCHANGED;
    }
    Instant now = clock.instant();
    tx.inTransaction(
        c -> {
          if (keyword == InboundKeyword.OPT_OUT) {
            NumberRegistry.optOut(c, from, OptOutSource.KEYWORD, now);
          } else {
            NumberRegistry.optIn(c, from, now);
          }
          return null;
        });
    LOG.log(Level.INFO, "{0} from {1}", keyword, PhoneNumbers.mask(from));
    return CallbackOutcome.APPLIED;
  }

  /** Twilio's word for a message's state, in ours; null for states that change nothing. */
  static MessageState stateOf(String twilioStatus) {
    if (twilioStatus == null) {
      return null;
    }
    return switch (twilioStatus.toLowerCase(Locale.ROOT)) {
      case "accepted", "scheduled", "queued", "sending", "sent" -> MessageState.SENT;
      case "delivered", "read" -> MessageState.DELIVERED;
      case "undelivered" -> MessageState.UNDELIVERED;
      case "failed", "canceled" -> MessageState.FAILED;
      default -> null;
    };
  }

  private static Long ref(String url) {
    String query = URI.create(url).getRawQuery();
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith(REF_PARAM + "=")) {
        try {
          return Long.valueOf(pair.substring(REF_PARAM.length() + 1));
        } catch (NumberFormatException e) {
          return null;
        }
      }
    }
    return null;
  }
}
