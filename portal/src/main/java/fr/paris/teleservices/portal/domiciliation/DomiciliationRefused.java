package fr.paris.teleservices.portal.domiciliation;

/**
 * An act the rules do not allow now, with the reason shown to the person who tried (e.g. a renewal
 * asked more than two months before the end). Nothing changes.
 */
public class DomiciliationRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why; each has a message key {@code domiciliation.refused.<name in lower case>}. */
  public enum Why {
    ALREADY_OPEN,
    RENEWAL_TOO_EARLY,
    RENEWAL_TOO_LATE,
    NO_CONTACT_TOO_RECENT,
    NOT_EXPIRED_YET,
    NOT_DOMICILED,
    START_OUT_OF_RANGE,
    MAIL_ALREADY_COLLECTED
  }

  private final Why why;

  public DomiciliationRefused(Why why) {
    super(why.name());
    this.why = why;
  }

  public Why why() {
    return why;
  }
}
