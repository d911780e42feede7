package fr.paris.teleservices.portal.mandate;

/** How the person consented to a mandate. */
public enum ConsentMethod {
  /** They typed their password on the agent's screen. */
  PASSWORD,
  /** They typed the code received on their phone by SMS. */
  SMS_CODE,
  /** They approved the request in their own space, on their phone. */
  ON_PHONE,
  /** The agent created their account with them present; they chose its password themselves. */
  NEW_ACCOUNT
}
