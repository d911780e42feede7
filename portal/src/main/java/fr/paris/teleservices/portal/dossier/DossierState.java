package fr.paris.teleservices.portal.dossier;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a request stands. The allowed moves follow the Règlement municipal and DOMAIN.md: a request
 * waiting for pieces cannot go to review (démarches-simplifiées #9731); a decided, lapsed or
 * withdrawn request never moves again (renewal is a new request).
 */
public enum DossierState {
  DRAFT,
  SUBMITTED,
  INCOMPLETE,
  UNDER_REVIEW,
  GRANTED,
  REJECTED,
  LAPSED,
  WITHDRAWN;

  /** The states this one may move to. */
  public Set<DossierState> next() {
    return switch (this) {
      case DRAFT -> EnumSet.of(SUBMITTED, INCOMPLETE, WITHDRAWN);
      case SUBMITTED -> EnumSet.of(INCOMPLETE, UNDER_REVIEW, WITHDRAWN);
      case INCOMPLETE -> EnumSet.of(SUBMITTED, LAPSED, WITHDRAWN);
      case UNDER_REVIEW -> EnumSet.of(INCOMPLETE, GRANTED, REJECTED, WITHDRAWN);
      case GRANTED, REJECTED, LAPSED, WITHDRAWN -> EnumSet.noneOf(DossierState.class);
    };
  }

  public boolean canMoveTo(DossierState target) {
    return next().contains(target);
  }

  /** Decided, lapsed or withdrawn: nothing more will happen to it. */
  public boolean isFinal() {
    return next().isEmpty();
  }

  /** Filed and not yet final: the instructing structure has it in hand. */
  public boolean isOpen() {
    return this != DRAFT && !isFinal();
  }
}
