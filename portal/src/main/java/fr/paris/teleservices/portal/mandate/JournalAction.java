package fr.paris.teleservices.portal.mandate;

/** What a line of the mandate journal records. */
public enum JournalAction {
  /** An agent asked to act for the person (consent pending). */
  ASKED,
  /** A consent code went by SMS. */
  CODE_SENT,
  /** A wrong consent code was typed. */
  CODE_WRONG,
  /** The person consented: the mandate is active. */
  CONFIRMED,
  /** The person refused, or the code was wrong too many times. */
  REFUSED,
  ENDED_BY_USAGER,
  ENDED_BY_AGENT,
  /** The time ran out. */
  EXPIRED,
  /** An agent created the account with the person. */
  ACCOUNT_CREATED,
  /** An agent printed or showed the recap sheet. */
  RECAP_PRINTED,
  /** An agent checked the person's identity in person and issued a one-time recovery code. */
  RECOVERY_CODE_ISSUED,
  /** The identity check failed: no code was issued. */
  RECOVERY_REFUSED,
  /** The person chose a new password with a recovery code. */
  PASSWORD_RESET
}
