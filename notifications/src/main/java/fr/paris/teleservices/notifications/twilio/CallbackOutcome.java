package fr.paris.teleservices.notifications.twilio;

/** What a callback handler did; the endpoint answers 403 to REJECTED and 200 otherwise. */
public enum CallbackOutcome {
  /** The signature did not verify: nothing was read or changed. */
  REJECTED,
  /** The report or keyword was applied. */
  APPLIED,
  /** Valid, but nothing to change: a replay, a late report, an unknown message, an ordinary text. */
  UNCHANGED
}
