package fr.paris.teleservices.portal.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A domain event of the request lifecycle, written in the same transaction as the change it
 * reports (a transactional outbox): no event is lost if the portal stops right after the change.
 * The reminders, and any later consumer, read them from here.
 */
@Entity
@Table(name = "dossier_event")
public class DossierEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "dossier_id", nullable = false, updatable = false)
  private Long dossierId;

  @Column(name = "dossier_number")
  private String dossierNumber;

  @Column(name = "state", nullable = false, updatable = false)
  private String state;

  @Column(name = "complete_by")
  private LocalDate completeBy;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  protected DossierEvent() {}

  DossierEvent(Dossier dossier, Instant at) {
    this.dossierId = dossier.getId();
    this.dossierNumber = dossier.getNumber();
    this.state = dossier.getState().name();
    this.completeBy = dossier.getCompleteBy();
    this.occurredAt = at;
  }

  public Long getId() {
    return id;
  }

  public Long getDossierId() {
    return dossierId;
  }

  public String getDossierNumber() {
    return dossierNumber;
  }

  public String getState() {
    return state;
  }

  public LocalDate getCompleteBy() {
    return completeBy;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }
}
