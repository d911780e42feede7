package fr.paris.teleservices.portal.dossier;

import java.util.EnumSet;
import java.util.Set;

/** The tabs of an instructor's queue. */
public enum QueueFilter {
  NEW(EnumSet.of(DossierState.SUBMITTED)),
  INCOMPLETE(EnumSet.of(DossierState.INCOMPLETE)),
  UNDER_REVIEW(EnumSet.of(DossierState.UNDER_REVIEW)),
  DECIDED(EnumSet.of(DossierState.GRANTED, DossierState.REJECTED, DossierState.LAPSED, DossierState.WITHDRAWN));

  private final Set<DossierState> states;

  QueueFilter(Set<DossierState> states) {
    this.states = states;
  }

  public Set<DossierState> states() {
    return states;
  }
}
