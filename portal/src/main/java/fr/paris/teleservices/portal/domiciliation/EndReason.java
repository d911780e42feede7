package fr.paris.teleservices.portal.domiciliation;

/**
 * Why a domiciliation stops (DomiFa {@code MOTIFS_RADIATION_LABELS}). Reasons that come from the
 * person's life end it; reasons that are the structure's decision radiate it (a radiation letter
 * with the appeal route: recours gracieux or Tribunal administratif within 2 months).
 */
public enum EndReason {
  /** At the person's request. */
  PERSON_REQUEST(DomiciliationState.ENDED),
  /** The person found stable housing or accommodation. */
  STABLE_HOUSING(DomiciliationState.ENDED),
  /** The attestation reached its end without a renewal request (set by the expiry job). */
  EXPIRED_WITHOUT_RENEWAL(DomiciliationState.ENDED),
  /** No contact from the person for more than 3 consecutive months. */
  NO_CONTACT(DomiciliationState.RADIATED),
  /** No longer any link with the commune. */
  NO_LONGER_LINKED(DomiciliationState.RADIATED),
  /** Breach of the structure's rules. */
  BREACH_OF_RULES(DomiciliationState.RADIATED),
  /** Another reason, written in the details. */
  OTHER(DomiciliationState.RADIATED);

  private final DomiciliationState target;

  EndReason(DomiciliationState target) {
    this.target = target;
  }

  /** ENDED or RADIATED. */
  public DomiciliationState target() {
    return target;
  }
}
