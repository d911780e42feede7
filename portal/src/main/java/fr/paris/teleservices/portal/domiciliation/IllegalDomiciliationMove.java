package fr.paris.teleservices.portal.domiciliation;

/** A move the lifecycle does not allow, e.g. REQUESTED → GRANTED without an interview. Nothing changes. */
public class IllegalDomiciliationMove extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final DomiciliationState from;
  private final DomiciliationState to;

  public IllegalDomiciliationMove(DomiciliationState from, DomiciliationState to) {
    super("A domiciliation cannot go from " + from + " to " + to);
    this.from = from;
    this.to = to;
  }

  public DomiciliationState from() {
    return from;
  }

  public DomiciliationState to() {
    return to;
  }
}
