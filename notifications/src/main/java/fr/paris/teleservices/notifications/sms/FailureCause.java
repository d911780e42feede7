package fr.paris.teleservices.notifications.sms;

/**
 * Why a send failed, decided from the cause (HTTP status, provider error code, exception chain)
 * rather than from a single code, because the same exception type carries all of them.
 */
public enum FailureCause {
  /** 429: the provider asks us to slow down. */
  RATE_LIMITED(true, false),
  /** 5xx, or an answer without a usable body. */
  PROVIDER_ERROR(true, false),
  /** No answer in time; the provider may or may not have taken the message. */
  TIMEOUT(true, false),
  /** Connection refused or reset, unknown host: nothing reached the provider. */
  CONNECTION(true, false),
  /**
   * Credentials refused (401/403, 20003): an operator must fix the configuration; retried so that
   * no message is lost meanwhile, and never blamed on the person's number.
   */
  ACCOUNT(true, false),
  /** 21211: not a valid number. */
  INVALID_NUMBER(false, true),
  /** 21610: the person has replied STOP to our sender; recorded as an opt-out. */
  OPTED_OUT(false, false),
  /** 21614: not a mobile number. */
  NOT_MOBILE(false, true),
  /** Any other refusal (4xx) of this message or number. */
  REJECTED(false, true);

  private final boolean retryable;
  private final boolean flagsNumber;

  FailureCause(boolean retryable, boolean flagsNumber) {
    this.retryable = retryable;
    this.flagsNumber = flagsNumber;
  }

  /** Whether trying again later may succeed. */
  public boolean retryable() {
    return retryable;
  }

  /** Whether the number itself is at fault, so staff must see it and ask for another one. */
  public boolean flagsNumber() {
    return flagsNumber;
  }
}
