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

/**
 * A document of the usager's vault attached to a request for one requirement. The request holds
 * only the reference: the document stays in the vault, encrypted, and is reused across requests
 * without being uploaded twice.
 */
@Entity
@Table(name = "dossier_piece")
public class DossierPiece {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "dossier_id", updatable = false)
  private Dossier dossier;

  @Column(name = "requirement_id", nullable = false, updatable = false)
  private String requirementId;

  @Column(name = "document_id", nullable = false, updatable = false)
  private String documentId;

  @Column(name = "attached_at", nullable = false, updatable = false)
  private Instant attachedAt;

  @Column(name = "attached_by", nullable = false, updatable = false)
  private String attachedBy;

  protected DossierPiece() {}

  DossierPiece(Dossier dossier, String requirementId, String documentId, String attachedBy, Instant now) {
    this.dossier = dossier;
    this.requirementId = requirementId;
    this.documentId = documentId;
    this.attachedBy = attachedBy;
    this.attachedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Dossier getDossier() {
    return dossier;
  }

  public String getRequirementId() {
    return requirementId;
  }

  public String getDocumentId() {
    return documentId;
  }

  public Instant getAttachedAt() {
    return attachedAt;
  }

  public String getAttachedBy() {
    return attachedBy;
  }
}
