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

/** A message from the instructor to the usager about a request (what to add or correct). */
@Entity
@Table(name = "dossier_message")
public class DossierMessage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "dossier_id", updatable = false)
  private Dossier dossier;

  @Column(name = "author_name", nullable = false)
  private String authorName;

  @Column(nullable = false)
  private String body;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  protected DossierMessage() {}

  DossierMessage(Dossier dossier, String authorName, String body, Instant at) {
    this.dossier = dossier;
    this.authorName = authorName;
    this.body = body;
    this.sentAt = at;
  }

  public String getAuthorName() {
    return authorName;
  }

  public String getBody() {
    return body;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
