package fr.paris.teleservices.portal.domiciliation;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a domiciliation stands (DomiFa: INSTRUCTION, ATTENTE_DECISION, VALIDE, REFUS, RADIE).
 * Appointments may be proposed again while waiting for the interview or a renewal decision without
 * changing the state; a refused, ended or radiated domiciliation never moves again (the person
 * files a new request).
 */
public enum DomiciliationState {
  /** Filed, waiting for the structure to propose an interview. */
  REQUESTED,
  /** An interview is proposed (date, time, place). */
  INTERVIEW,
  /** Granted: the person is domiciled until the end date of their attestation. */
  GRANTED,
  /** Still domiciled; the person asked to renew, the structure has not decided yet. */
  RENEWAL_REQUESTED,
  /** Refused, with a reason and the appeal route (first request or renewal). */
  REJECTED,
  /** Ended: at the person's request, once housed, or expired without renewal. */
  ENDED,
  /** Radiated by the structure: no contact for more than 3 months, no more link, breach of rules. */
  RADIATED;

  /** The states this one may move to. */
  public Set<DomiciliationState> next() {
    return switch (this) {
      case REQUESTED -> EnumSet.of(INTERVIEW, REJECTED, ENDED);
      case INTERVIEW -> EnumSet.of(GRANTED, REJECTED, ENDED);
      case GRANTED -> EnumSet.of(RENEWAL_REQUESTED, ENDED, RADIATED);
      case RENEWAL_REQUESTED -> EnumSet.of(GRANTED, REJECTED, ENDED, RADIATED);
      case REJECTED, ENDED, RADIATED -> EnumSet.noneOf(DomiciliationState.class);
    };
  }

  public boolean canMoveTo(DomiciliationState target) {
    return next().contains(target);
  }

  /** Nothing more will happen to it. */
  public boolean isFinal() {
    return next().isEmpty();
  }

  /** The person is domiciled: their address may be used, mail is received for them. */
  public boolean isDomiciled() {
    return this == GRANTED || this == RENEWAL_REQUESTED;
  }

  /** Waiting for an interview or a first decision. */
  public boolean isPending() {
    return this == REQUESTED || this == INTERVIEW;
  }

  /** Whether an appointment may be proposed (or proposed again) in this state. */
  public boolean acceptsAppointment() {
    return this == REQUESTED || this == INTERVIEW || this == RENEWAL_REQUESTED;
  }
}
