package fr.paris.teleservices.notifications.sms;

/** A gateway could not hand a message over. The message never holds a number or a text. */
public final class SmsSendException extends Exception {

  private final FailureCause failureCause;
  private final String code;

  /**
   * @param failureCause the classified reason
   * @param code a short machine code for pages and statistics ("21211", "http-503", "timeout")
   */
  public SmsSendException(FailureCause failureCause, String code, String message, Throwable cause) {
    super(message, cause);
    this.failureCause = failureCause;
    this.code = code;
  }

  public FailureCause failureCause() {
    return failureCause;
  }

  public String code() {
    return code;
  }
}
