package fr.paris.teleservices.portal.mandate;

import fr.paris.teleservices.portal.account.Account;
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

/** One line of a usager's mandate journal: what an agent did about their account, or they about a mandate. */
@Entity
@Table(name = "mandate_journal")
public class MandateJournalEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "usager_id", updatable = false)
  private Account usager;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "mandate_id", updatable = false)
  private Mandate mandate;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "agent_id", updatable = false)
  private Account agent;

  @Column(name = "agent_name", updatable = false)
  private String agentName;

  @Column(name = "structure_name", updatable = false)
  private String structureName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private JournalAction action;

  @Column(updatable = false)
  private String detail;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  protected MandateJournalEntry() {}

  MandateJournalEntry(Account usager, Mandate mandate, Account agent, JournalAction action, String detail, Instant at) {
    this.usager = usager;
    this.mandate = mandate;
    this.agent = agent;
    this.agentName = agent == null ? null : agent.getDisplayName();
    this.structureName = agent == null || agent.getStructure() == null ? null : agent.getStructure().getName();
    this.action = action;
    this.detail = detail;
    this.occurredAt = at;
  }

  public Mandate getMandate() {
    return mandate;
  }

  public String getAgentName() {
    return agentName;
  }

  public String getStructureName() {
    return structureName;
  }

  public JournalAction getAction() {
    return action;
  }

  public String getDetail() {
    return detail;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }
}
