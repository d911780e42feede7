package fr.paris.teleservices.portal.dossier;

/** A move the lifecycle does not allow, e.g. INCOMPLETE → UNDER_REVIEW. Nothing is changed. */
public class IllegalTransition extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final DossierState from;
  private final DossierState to;

  public IllegalTransition(DossierState from, DossierState to) {
    super("A request cannot go from " + from + " to " + to);
    this.from = from;
    this.to = to;
  }

  public DossierState from() {
    return from;
  }

  public DossierState to() {
    return to;
  }
}
