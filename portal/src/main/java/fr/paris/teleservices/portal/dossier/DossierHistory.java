package fr.paris.teleservices.portal.dossier;

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

/** One change of state of a request: who, when, from what to what, and the message if any. */
@Entity
@Table(name = "dossier_history")
public class DossierHistory {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "dossier_id", updatable = false)
  private Dossier dossier;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_state")
  private DossierState fromState;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_state", nullable = false)
  private DossierState toState;

  /** Account public id of who acted; "system" for the lapse job. */
  @Column(name = "actor_id", nullable = false)
  private String actorId;

  /** Their name as shown at the time (names may change later). */
  @Column(name = "actor_name", nullable = false)
  private String actorName;

  /** For an agent acting under a mandate: the usager they acted for. */
  @Column(name = "on_behalf_of")
  private String onBehalfOf;

  private String message;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  protected DossierHistory() {}

  DossierHistory(Dossier dossier, DossierState from, DossierState to, Actor actor, String message, Instant at) {
    this.dossier = dossier;
    this.fromState = from;
    this.toState = to;
    this.actorId = actor.id();
    this.actorName = actor.name();
    this.onBehalfOf = actor.onBehalfOf();
    this.message = message;
    this.occurredAt = at;
  }

  public DossierState getFromState() {
    return fromState;
  }

  public DossierState getToState() {
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

  public String getMessage() {
    return message;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }
}
