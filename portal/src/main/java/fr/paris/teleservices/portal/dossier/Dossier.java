package fr.paris.teleservices.portal.dossier;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.structure.Structure;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One request of one usager for one procedure of the catalog (a "demande" or "dossier"). Its state
 * only changes through {@link #moveTo}, which refuses what the lifecycle does not allow.
 */
@Entity
@Table(name = "dossier")
public class Dossier {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "public_id", nullable = false, unique = true, updatable = false)
  private String publicId;

  /** The number shown to the person and used in SMS: given at the first submission. */
  private String number;

  @Column(name = "procedure_id", nullable = false, updatable = false)
  private String procedureId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "usager_id", updatable = false)
  private Account usager;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "structure_id")
  private Structure structure;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DossierState state = DossierState.DRAFT;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "dossier_answer", joinColumns = @JoinColumn(name = "dossier_id"))
  @MapKeyColumn(name = "field_id")
  @Column(name = "answer")
  private Map<String, String> answers = new HashMap<>();

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  /** The date of receipt: rights open on this day, and the 2-month clock starts. */
  @Column(name = "received_on")
  private LocalDate receivedOn;

  /** The last day to complete the request; after it, the request lapses. */
  @Column(name = "complete_by")
  private LocalDate completeBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "granted_amount")
  private BigDecimal grantedAmount;

  @Column(name = "granted_from")
  private LocalDate grantedFrom;

  @Column(name = "granted_until")
  private LocalDate grantedUntil;

  @Column(name = "rejection_reason")
  private String rejectionReason;

  /** The agent who filed the request with the usager, if any. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "filed_by_agent_id")
  private Account filedByAgent;

  @Version private int version;

  protected Dossier() {}

  public Dossier(String procedureId, Account usager, Instant now) {
    this.publicId = UUID.randomUUID().toString();
    this.procedureId = procedureId;
    this.usager = usager;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Moves to {@code target}, or refuses and changes nothing. */
  void moveTo(DossierState target, Instant now) {
    if (!state.canMoveTo(target)) {
      throw new IllegalTransition(state, target);
    }
    state = target;
    updatedAt = now;
  }

  void receive(String number, LocalDate on, LocalDate completeBy, Structure structure) {
    this.number = number;
    this.receivedOn = on;
    this.completeBy = completeBy;
    this.structure = structure;
  }

  void grant(BigDecimal amount, LocalDate from, LocalDate until, Instant now) {
    this.grantedAmount = amount;
    this.grantedFrom = from;
    this.grantedUntil = until;
    this.decidedAt = now;
  }

  void reject(String reason, Instant now) {
    this.rejectionReason = reason;
    this.decidedAt = now;
  }

  void touch(Instant now) {
    this.updatedAt = now;
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

  public String getProcedureId() {
    return procedureId;
  }

  public Account getUsager() {
    return usager;
  }

  public Structure getStructure() {
    return structure;
  }

  public DossierState getState() {
    return state;
  }

  public Map<String, String> getAnswers() {
    return answers;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public LocalDate getCompleteBy() {
    return completeBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public BigDecimal getGrantedAmount() {
    return grantedAmount;
  }

  public LocalDate getGrantedFrom() {
    return grantedFrom;
  }

  public LocalDate getGrantedUntil() {
    return grantedUntil;
  }

  public String getRejectionReason() {
    return rejectionReason;
  }

  public Account getFiledByAgent() {
    return filedByAgent;
  }
}
