package fr.paris.teleservices.portal.account;

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
import java.util.UUID;

/**
 * A person's account. A usager logs in with an e-mail address or a mobile number (many have no
 * e-mail); staff and agent-created accounts may use a login identifier instead.
 */
@Entity
@Table(name = "account")
public class Account {

  /** Whether the account can be used. */
  public enum Status {
    ACTIVE,
    CLOSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "public_id", nullable = false, unique = true, updatable = false)
  private String publicId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Role role;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  private String email;

  private String phone;

  @Column(name = "phone_verified", nullable = false)
  private boolean phoneVerified;

  @Column(name = "login_id")
  private String loginId;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(nullable = false)
  private String language;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "structure_id")
  private Structure structure;

  @Column(name = "reminders_enabled", nullable = false)
  private boolean remindersEnabled = true;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.ACTIVE;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  /** When a closure the usager asked for takes effect; null when none is pending. */
  @Column(name = "closure_due_at")
  private Instant closureDueAt;

  /** The staff member's authenticator key, encrypted under the master key; null until enrolled. */
  @Column(name = "second_factor_key")
  private String secondFactorKey;

  /** The last time step whose code was accepted: a code is never accepted twice. */
  @Column(name = "second_factor_last_step")
  private Long secondFactorLastStep;

  @Version private int version;

  protected Account() {}

  public Account(Role role, String displayName, String passwordHash, String language, Instant now) {
    this.publicId = UUID.randomUUID().toString();
    this.role = role;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.language = language;
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getPublicId() {
    return publicId;
  }

  public Role getRole() {
    return role;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  /** A new number is unverified until the person types the code sent to it. */
  public void setPhone(String e164) {
    if (e164 == null || !e164.equals(this.phone)) {
      this.phoneVerified = false;
    }
    this.phone = e164;
  }

  public boolean isPhoneVerified() {
    return phoneVerified;
  }

  public void markPhoneVerified() {
    this.phoneVerified = phone != null;
  }

  public String getLoginId() {
    return loginId;
  }

  public void setLoginId(String loginId) {
    this.loginId = loginId;
  }

  String getPasswordHash() {
    return passwordHash;
  }

  void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public Structure getStructure() {
    return structure;
  }

  public void setStructure(Structure structure) {
    this.structure = structure;
  }

  /** Whether the usager accepts SMS reminders (they can switch them off in their settings). */
  public boolean isRemindersEnabled() {
    return remindersEnabled;
  }

  public void setRemindersEnabled(boolean remindersEnabled) {
    this.remindersEnabled = remindersEnabled;
  }

  public Status getStatus() {
    return status;
  }

  public boolean isActive() {
    return status == Status.ACTIVE;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }

  void recordLogin(Instant when) {
    this.lastLoginAt = when;
  }

  public String getSecondFactorKey() {
    return secondFactorKey;
  }

  public Long getSecondFactorLastStep() {
    return secondFactorLastStep;
  }

  /** Enrols (or, with null, resets) the second factor. */
  public void setSecondFactor(String encryptedKey, Long lastStep) {
    this.secondFactorKey = encryptedKey;
    this.secondFactorLastStep = lastStep;
  }

  public void setSecondFactorLastStep(long step) {
    this.secondFactorLastStep = step;
  }

  public Instant getClosureDueAt() {
    return closureDueAt;
  }

  public void scheduleClosure(Instant due) {
    this.closureDueAt = due;
  }

  public void cancelClosure() {
    this.closureDueAt = null;
  }

  /**
   * The account keeps its id (requests and journals refer to it) and nothing that identifies or
   * reaches the person; nobody can log in to it again.
   */
  public void close(String closedPasswordHash) {
    this.status = Status.CLOSED;
    this.displayName = "—";
    this.email = null;
    this.phone = null;
    this.phoneVerified = false;
    this.loginId = null;
    this.passwordHash = closedPasswordHash;
    this.remindersEnabled = false;
    this.closureDueAt = null;
    this.secondFactorKey = null;
    this.secondFactorLastStep = null;
  }
}
