package fr.paris.teleservices.portal.domiciliation;

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
import java.time.LocalDate;
import java.util.UUID;

/** Mail received for a domicilié: a kind of sender (never the content), registered or not, collected or waiting. */
@Entity
@Table(name = "domiciliation_mail")
public class MailItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "public_id", nullable = false, unique = true, updatable = false)
  private String publicId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "domiciliation_id", updatable = false)
  private Domiciliation domiciliation;

  @Enumerated(EnumType.STRING)
  @Column(name = "sender_kind", nullable = false)
  private MailSender senderKind;

  @Column(name = "received_on", nullable = false)
  private LocalDate receivedOn;

  @Column(nullable = false)
  private boolean registered;

  @Column(name = "item_count", nullable = false)
  private int itemCount;

  @Column(name = "recorded_by_name", nullable = false)
  private String recordedByName;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "collected_at")
  private Instant collectedAt;

  @Column(name = "collected_by_name")
  private String collectedByName;

  protected MailItem() {}

  MailItem(
      Domiciliation domiciliation,
      MailSender sender,
      LocalDate receivedOn,
      boolean registered,
      int count,
      String recordedBy,
      Instant at) {
    this.publicId = UUID.randomUUID().toString();
    this.domiciliation = domiciliation;
    this.senderKind = sender;
    this.receivedOn = receivedOn;
    this.registered = registered;
    this.itemCount = count;
    this.recordedByName = recordedBy;
    this.recordedAt = at;
  }

  void collected(String by, Instant at) {
    this.collectedByName = by;
    this.collectedAt = at;
  }

  public String getPublicId() {
    return publicId;
  }

  public Domiciliation getDomiciliation() {
    return domiciliation;
  }

  public MailSender getSenderKind() {
    return senderKind;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public boolean isRegistered() {
    return registered;
  }

  public int getItemCount() {
    return itemCount;
  }

  public String getRecordedByName() {
    return recordedByName;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public Instant getCollectedAt() {
    return collectedAt;
  }

  public String getCollectedByName() {
    return collectedByName;
  }

  public boolean isWaiting() {
    return collectedAt == null;
  }
}
