package fr.paris.teleservices.notifications.twilio;

import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import fr.paris.teleservices.notifications.sms.FailureCause;
import fr.paris.teleservices.notifications.sms.SmsSendException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.UnknownHostException;

/**
 * Reads a failure of the SDK by its cause. The SDK throws {@link ApiException} for everything —
 * a 400 with code 21211, a 429, a 503 with an empty body (no code, no status), a refused
 * connection — so the code alone cannot decide between "retry" and "never again".
 */
final class TwilioFailures {

  static final int INVALID_NUMBER = 21211;
  static final int UNSUBSCRIBED = 21610;
  static final int NOT_MOBILE = 21614;
  static final int AUTHENTICATION = 20003;

  private TwilioFailures() {}

  static SmsSendException classify(TwilioException e) {
    Throwable network = networkCause(e);
    if (network instanceof InterruptedIOException) {
      // SocketTimeoutException and the HTTP client's own timeouts; the request may have arrived.
      return failure(FailureCause.TIMEOUT, "timeout", e);
    }
    if (network != null) {
      return failure(FailureCause.CONNECTION, "connection", e);
    }
    Integer code = e instanceof ApiException api ? api.getCode() : null;
    Integer status = e instanceof ApiException api ? api.getStatusCode() : null;
    if (code != null) {
      switch (code) {
        case INVALID_NUMBER:
          return failure(FailureCause.INVALID_NUMBER, code.toString(), e);
        case UNSUBSCRIBED:
          return failure(FailureCause.OPTED_OUT, code.toString(), e);
        case NOT_MOBILE:
          return failure(FailureCause.NOT_MOBILE, code.toString(), e);
        case AUTHENTICATION:
          return failure(FailureCause.ACCOUNT, code.toString(), e);
        default:
          break;
      }
    }
    if (status == null) {
      // An answer the SDK could not read (e.g. a 503 with an empty body): nothing says the message
      // or the number is wrong.
      return failure(FailureCause.PROVIDER_ERROR, code == null ? "no-content" : code.toString(), e);
    }
    String label = code != null ? code.toString() : "http-" + status;
    if (status == 429) {
      return failure(FailureCause.RATE_LIMITED, label, e);
    }
    if (status == 401 || status == 403) {
      return failure(FailureCause.ACCOUNT, label, e);
    }
    if (status >= 500) {
      return failure(FailureCause.PROVIDER_ERROR, label, e);
    }
    if (status >= 400) {
      return failure(FailureCause.REJECTED, label, e);
    }
    return failure(FailureCause.PROVIDER_ERROR, label, e);
  }

  private static Throwable networkCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InterruptedIOException
          || t instanceof ConnectException
          || t instanceof NoRouteToHostException
          || t instanceof UnknownHostException
          || t instanceof SocketException) {
        return t;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  /** The provider's message is not kept: Twilio's texts quote the number ("The 'To' number +33…"). */
  private static SmsSendException failure(FailureCause cause, String code, TwilioException e) {
    return new SmsSendException(cause, code, "Twilio: " + cause + " (" + code + ")", null);
  }
}
