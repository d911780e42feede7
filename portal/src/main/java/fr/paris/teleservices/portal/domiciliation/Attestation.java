package fr.paris.teleservices.portal.domiciliation;

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
import java.util.UUID;

/** An attestation d'élection de domicile (Cerfa 16030*01) as issued: its number and its validity. */
@Entity
@Table(name = "domiciliation_attestation")
public class Attestation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "public_id", nullable = false, unique = true, updatable = false)
  private String publicId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "domiciliation_id", updatable = false)
  private Domiciliation domiciliation;

  @Column(nullable = false, updatable = false)
  private String number;

  @Column(name = "valid_from", nullable = false, updatable = false)
  private LocalDate validFrom;

  @Column(name = "valid_until", nullable = false, updatable = false)
  private LocalDate validUntil;

  @Column(nullable = false, updatable = false)
  private boolean renewal;

  @Column(name = "issued_at", nullable = false, updatable = false)
  private Instant issuedAt;

  @Column(name = "issued_by_name", nullable = false, updatable = false)
  private String issuedByName;

  /** The copy in the person's vault, once deposited. */
  @Column(name = "document_id")
  private String documentId;

  protected Attestation() {}

  Attestation(
      Domiciliation domiciliation, String number, LocalDate from, LocalDate until, boolean renewal, String issuedBy, Instant at) {
    this.publicId = UUID.randomUUID().toString();
    this.domiciliation = domiciliation;
    this.number = number;
    this.validFrom = from;
    this.validUntil = until;
    this.renewal = renewal;
    this.issuedByName = issuedBy;
    this.issuedAt = at;
  }

  void deposited(String documentId) {
    this.documentId = documentId;
  }

  public Long getId() {
    return id;
  }

  public String getPublicId() {
    return publicId;
  }

  public Domiciliation getDomiciliation() {
    return domiciliation;
  }

  public String getNumber() {
    return number;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public boolean isRenewal() {
    return renewal;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public String getIssuedByName() {
    return issuedByName;
  }

  public String getDocumentId() {
    return documentId;
  }
}
