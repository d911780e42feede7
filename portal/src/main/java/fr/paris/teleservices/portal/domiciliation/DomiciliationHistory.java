package fr.paris.teleservices.portal.domiciliation;

import fr.paris.teleservices.portal.dossier.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change or act on a domiciliation: what, who (for whom, when an agent), when, in which state. */
@Entity
@Table(name = "domiciliation_history")
public class DomiciliationHistory {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "domiciliation_id", updatable = false)
  private Domiciliation domiciliation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private HistoryAction action;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_state")
  private DomiciliationState fromState;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_state", nullable = false)
  private DomiciliationState toState;

  @Column(name = "actor_id", nullable = false)
  private String actorId;

  @Column(name = "actor_name", nullable = false)
  private String actorName;

  @Column(name = "on_behalf_of")
  private String onBehalfOf;

  /** A reason code, a date, a number: what the person needs to understand the line. */
  private String detail;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  protected DomiciliationHistory() {}

  DomiciliationHistory(
      Domiciliation domiciliation,
      HistoryAction action,
      DomiciliationState from,
      DomiciliationState to,
      Actor actor,
      String detail,
      Instant at) {
    this.domiciliation = domiciliation;
    this.action = action;
    this.fromState = from;
    this.toState = to;
    this.actorId = actor.id();
    this.actorName = actor.name();
    this.onBehalfOf = actor.onBehalfOf();
    this.detail = detail;
    this.occurredAt = at;
  }

  public HistoryAction getAction() {
    return action;
  }

  public DomiciliationState getFromState() {
    return fromState;
  }

  public DomiciliationState getToState() {
    return toState;
  }

  public String getActorId() {
    return actorId;
  }

  public String getActorName() {
    return actorName;
  }

  public String getOnBehalfOf() {
    return onBehalfOf;
  }

  public String getDetail() {
    return detail;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }
}
