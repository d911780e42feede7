package fr.paris.teleservices.portal.domiciliation;

/** What a line of a domiciliation's history records. */
public enum HistoryAction {
  REQUESTED,
  INTERVIEW_PROPOSED,
  GRANTED,
  REJECTED,
  RENEWAL_REQUESTED,
  RENEWED,
  ENDED,
  RADIATED,
  /** The person came, called, or collected mail: the "no contact" clock starts again. */
  CONTACT,
  MAIL_RECORDED,
  MAIL_COLLECTED
}
