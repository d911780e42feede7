package fr.paris.teleservices.portal.mandate;

/** Where a mandate stands. Only ACTIVE lets the agent act; the others are history. */
public enum MandateState {
  /** Asked by the agent, waiting for the person's consent (code or approval on their phone). */
  PENDING,
  /** Consented: the agent may act until it expires or someone ends it. */
  ACTIVE,
  /** Ended by the person or the agent. */
  ENDED,
  /** Its time ran out (or, while pending, the consent never came). */
  EXPIRED,
  /** The person refused, or the code was wrong too many times. */
  REFUSED;

  public boolean isClosed() {
    return this != PENDING && this != ACTIVE;
  }
}
