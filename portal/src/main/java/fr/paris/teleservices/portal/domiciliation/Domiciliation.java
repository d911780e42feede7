package fr.paris.teleservices.portal.domiciliation;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.structure.Structure;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One domiciliation of one person at one structure, from the request to its end. Its state only
 * changes through {@link #moveTo}, which refuses what the lifecycle does not allow; the service
 * writes each change to the history.
 */
@Entity
@Table(name = "domiciliation")
public class Domiciliation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "public_id", nullable = false, unique = true, updatable = false)
  private String publicId;

  /** The person's number at the structure, part of their postal address. */
  private String number;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "usager_id", updatable = false)
  private Account usager;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "structure_id", updatable = false)
  private Structure structure;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DomiciliationState state = DomiciliationState.REQUESTED;

  @Column(name = "family_name", nullable = false)
  private String familyName;

  @Column(name = "given_names", nullable = false)
  private String givenNames;

  @Column(name = "birth_date")
  private LocalDate birthDate;

  @Column(name = "birth_place")
  private String birthPlace;

  @Column(name = "identity_document_id")
  private String identityDocumentId;

  @Enumerated(EnumType.STRING)
  @Column(name = "commune_link", nullable = false)
  private CommuneLink communeLink;

  @Column(name = "commune_link_details")
  private String communeLinkDetails;

  private String phone;

  @Column(name = "sms_allowed", nullable = false)
  private boolean smsAllowed;

  @Column(nullable = false)
  private String language;

  @Column(name = "other_contact")
  private String otherContact;

  @Column(name = "appointment_at")
  private Instant appointmentAt;

  @Column(name = "appointment_place")
  private String appointmentPlace;

  @Column(name = "valid_from")
  private LocalDate validFrom;

  @Column(name = "valid_until")
  private LocalDate validUntil;

  @Enumerated(EnumType.STRING)
  @Column(name = "refusal_reason")
  private RefusalReason refusalReason;

  @Enumerated(EnumType.STRING)
  @Column(name = "end_reason")
  private EndReason endReason;

  @Column(name = "decision_details")
  private String decisionDetails;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  @Column(name = "last_contact_at", nullable = false)
  private Instant lastContactAt;

  @Column(nullable = false)
  private int renewals;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "filed_by_agent_id")
  private Account filedByAgent;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private int version;

  protected Domiciliation() {}

  Domiciliation(Account usager, Structure structure, DomiciliationRequest request, Instant now) {
    this.publicId = UUID.randomUUID().toString();
    this.usager = usager;
    this.structure = structure;
    this.familyName = request.familyName();
    this.givenNames = request.givenNames();
    this.birthDate = request.birthDate();
    this.birthPlace = request.birthPlace();
    this.identityDocumentId = request.identityDocumentId();
    this.communeLink = request.communeLink();
    this.communeLinkDetails = request.communeLinkDetails();
    this.phone = request.phone();
    this.smsAllowed = request.phone() != null && request.smsAllowed();
    this.language = request.language();
    this.otherContact = request.otherContact();
    this.createdAt = now;
    this.updatedAt = now;
    this.lastContactAt = now;
  }

  /** Moves to {@code target}, or refuses and changes nothing. */
  void moveTo(DomiciliationState target, Instant now) {
    if (!state.canMoveTo(target)) {
      throw new IllegalDomiciliationMove(state, target);
    }
    state = target;
    updatedAt = now;
  }

  void numbered(String number) {
    this.number = number;
  }

  void appointment(Instant at, String place, Instant now) {
    this.appointmentAt = at;
    this.appointmentPlace = place;
    this.updatedAt = now;
  }

  void period(LocalDate from, LocalDate until, boolean renewal) {
    this.validFrom = from;
    this.validUntil = until;
    this.refusalReason = null;
    this.decisionDetails = null;
    this.appointmentAt = null;
    this.appointmentPlace = null;
    if (renewal) {
      renewals++;
    }
  }

  void refused(RefusalReason reason, String details) {
    this.refusalReason = reason;
    this.decisionDetails = details;
  }

  void ended(EndReason reason, String details, LocalDate on) {
    this.endReason = reason;
    this.decisionDetails = details;
    this.endedOn = on;
  }

  void contact(Instant at) {
    if (lastContactAt == null || at.isAfter(lastContactAt)) {
      lastContactAt = at;
    }
  }

  void filedBy(Account agent) {
    this.filedByAgent = agent;
  }

  public Long getId() {
    return id;
  }

  public String getPublicId() {
    return publicId;
  }

  public String getNumber() {
    return number;
  }

  public Account getUsager() {
    return usager;
  }

  public Structure getStructure() {
    return structure;
  }

  public DomiciliationState getState() {
    return state;
  }

  public String getFamilyName() {
    return familyName;
  }

  public String getGivenNames() {
    return givenNames;
  }

  /** "Given names Family name", as people write it in Paris. */
  public String getFullName() {
    return givenNames + " " + familyName;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public String getBirthPlace() {
    return birthPlace;
  }

  public String getIdentityDocumentId() {
    return identityDocumentId;
  }

  public CommuneLink getCommuneLink() {
    return communeLink;
  }

  public String getCommuneLinkDetails() {
    return communeLinkDetails;
  }

  public String getPhone() {
    return phone;
  }

  public boolean isSmsAllowed() {
    return smsAllowed;
  }

  public String getLanguage() {
    return language;
  }

  public String getOtherContact() {
    return otherContact;
  }

  public Instant getAppointmentAt() {
    return appointmentAt;
  }

  public String getAppointmentPlace() {
    return appointmentPlace;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public RefusalReason getRefusalReason() {
    return refusalReason;
  }

  public EndReason getEndReason() {
    return endReason;
  }

  public String getDecisionDetails() {
    return decisionDetails;
  }

  public LocalDate getEndedOn() {
    return endedOn;
  }

  public Instant getLastContactAt() {
    return lastContactAt;
  }

  public int getRenewals() {
    return renewals;
  }

  public Account getFiledByAgent() {
    return filedByAgent;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
