package fr.paris.teleservices.portal.domiciliation;

/** The lists of the structure's staff page. */
public enum StaffTab {
  /** New requests: an interview to propose. */
  REQUESTED,
  /** Interviews proposed: a decision to take. */
  INTERVIEW,
  /** Renewals asked: a decision to take. */
  RENEWAL_REQUESTED,
  /** Everyone domiciled now. */
  DOMICILED,
  /** Domiciled, and their attestation ends within two months. */
  ENDING_SOON,
  /** Domiciled, and no contact for two months or more (radiation possible after three). */
  NO_CONTACT,
  /** Refused, ended, radiated. */
  CLOSED
}
