package fr.paris.teleservices.portal.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The accusé de réception as issued on submission: the pieces received and the pieces missing on
 * that day. Kept as issued, so the PDF shows the same facts whenever it is downloaded again.
 */
@Entity
@Table(name = "dossier_receipt")
public class DossierReceipt {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "dossier_id", updatable = false)
  private Dossier dossier;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "received_on", nullable = false)
  private LocalDate receivedOn;

  @Column(name = "complete_by", nullable = false)
  private LocalDate completeBy;

  @Column(name = "received_requirements", nullable = false)
  private String receivedRequirements;

  @Column(name = "missing_requirements", nullable = false)
  private String missingRequirements;

  protected DossierReceipt() {}

  DossierReceipt(Dossier dossier, Completeness.Check check, Instant at) {
    this.dossier = dossier;
    this.issuedAt = at;
    this.receivedOn = dossier.getReceivedOn();
    this.completeBy = dossier.getCompleteBy();
    this.receivedRequirements = String.join(",", check.received());
    this.missingRequirements = String.join(",", check.missing());
  }

  public Long getId() {
    return id;
  }

  public Dossier getDossier() {
    return dossier;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public LocalDate getCompleteBy() {
    return completeBy;
  }

  public List<String> getReceived() {
    return split(receivedRequirements);
  }

  public List<String> getMissing() {
    return split(missingRequirements);
  }

  private static List<String> split(String joined) {
    return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
  }
}
