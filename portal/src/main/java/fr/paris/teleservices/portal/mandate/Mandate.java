package fr.paris.teleservices.portal.mandate;

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
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A usager's consent for one agent to act for them: which scopes, until when, how it was given and ended. */
@Entity
@Table(name = "mandate")
public class Mandate {

  /** Who ended a mandate. */
  public enum EndedBy {
    USAGER,
    AGENT,
    SYSTEM
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "public_id", nullable = false, unique = true, updatable = false)
  private String publicId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "agent_id", updatable = false)
  private Account agent;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "usager_id", updatable = false)
  private Account usager;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "structure_id", updatable = false)
  private Structure structure;

  @Column(nullable = false)
  private String scopes;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MandateState state = MandateState.PENDING;

  @Enumerated(EnumType.STRING)
  @Column(name = "consent_method")
  private ConsentMethod consentMethod;

  @Column(name = "duration_minutes", nullable = false)
  private int durationMinutes;

  @Column(name = "code_hash")
  private String codeHash;

  @Column(name = "code_expires_at")
  private Instant codeExpiresAt;

  @Column(name = "code_attempts", nullable = false)
  private int codeAttempts;

  @Column(name = "code_sends", nullable = false)
  private int codeSends;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "ended_by")
  private EndedBy endedBy;

  @Version private int version;

  protected Mandate() {}

  Mandate(Account agent, Account usager, Set<Scope> scopes, Duration duration, Instant now, Duration pendingFor) {
    this.publicId = UUID.randomUUID().toString();
    this.agent = agent;
    this.usager = usager;
    this.structure = agent.getStructure();
    this.scopes = Scope.format(scopes);
    this.durationMinutes = (int) duration.toMinutes();
    this.createdAt = now;
    this.expiresAt = now.plus(pendingFor);
  }

  /** The person consented: the mandate runs for its duration from now. */
  void confirm(ConsentMethod method, Instant now) {
    this.state = MandateState.ACTIVE;
    this.consentMethod = method;
    this.confirmedAt = now;
    this.expiresAt = now.plus(Duration.ofMinutes(durationMinutes));
    this.codeHash = null;
    this.codeExpiresAt = null;
  }

  void close(MandateState closed, EndedBy by, Instant now) {
    this.state = closed;
    this.endedBy = by;
    this.endedAt = now;
    this.codeHash = null;
    this.codeExpiresAt = null;
  }

  void newCode(String hash, Instant expires) {
    this.codeHash = hash;
    this.codeExpiresAt = expires;
    this.codeAttempts = 0;
    this.codeSends++;
  }

  void wrongCode() {
    this.codeAttempts++;
  }

  /** Whether the agent may act under it at {@code now}. */
  public boolean isActiveAt(Instant now) {
    return state == MandateState.ACTIVE && now.isBefore(expiresAt);
  }

  public Long getId() {
    return id;
  }

  public String getPublicId() {
    return publicId;
  }

  public Account getAgent() {
    return agent;
  }

  public Account getUsager() {
    return usager;
  }

  public Structure getStructure() {
    return structure;
  }

  public Set<Scope> getScopes() {
    return Scope.parse(scopes);
  }

  public boolean allows(Scope scope) {
    return getScopes().contains(scope);
  }

  public MandateState getState() {
    return state;
  }

  public ConsentMethod getConsentMethod() {
    return consentMethod;
  }

  public int getDurationMinutes() {
    return durationMinutes;
  }

  String getCodeHash() {
    return codeHash;
  }

  Instant getCodeExpiresAt() {
    return codeExpiresAt;
  }

  int getCodeAttempts() {
    return codeAttempts;
  }

  /** How many consent codes went by SMS for this request. */
  public int getCodeSends() {
    return codeSends;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getConfirmedAt() {
    return confirmedAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public EndedBy getEndedBy() {
    return endedBy;
  }
}
