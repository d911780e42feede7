package fr.paris.teleservices.portal.vault;

import fr.paris.teleservices.vault.integrity.IntegrityReport;
import fr.paris.teleservices.vault.integrity.ReconciliationReport;
import fr.paris.teleservices.vault.journal.JournalVerification;
import fr.paris.teleservices.vault.keys.RotationReport;
import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.Instant;

/**
 * The last results the administrator obtained in this session, shown after the redirect that ends
 * each operation. Reports hold counts, ids and codes only — never a file name or any content.
 */
@SessionScoped
public class AdministrationReports implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A rotation and when it ran. */
  public record Rotation(RotationReport report, Instant at) {}

  private transient IntegrityReport integrity;
  private transient ReconciliationReport reconciliation;
  private transient JournalVerification journal;
  private transient Rotation rotation;

  public IntegrityReport getIntegrity() {
    return integrity;
  }

  void setIntegrity(IntegrityReport integrity) {
    this.integrity = integrity;
  }

  public ReconciliationReport getReconciliation() {
    return reconciliation;
  }

  void setReconciliation(ReconciliationReport reconciliation) {
    this.reconciliation = reconciliation;
  }

  public JournalVerification getJournal() {
    return journal;
  }

  void setJournal(JournalVerification journal) {
    this.journal = journal;
  }

  public Rotation getRotation() {
    return rotation;
  }

  void setRotation(Rotation rotation) {
    this.rotation = rotation;
  }
}
