package fr.paris.teleservices.portal.vault;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.account.AccountService;
import fr.paris.teleservices.portal.account.Role;
import fr.paris.teleservices.portal.security.CurrentUser;
import fr.paris.teleservices.portal.web.Page;
import fr.paris.teleservices.vault.access.Actor;
import fr.paris.teleservices.vault.integrity.CheckStatus;
import fr.paris.teleservices.vault.integrity.DocumentCheck;
import fr.paris.teleservices.vault.integrity.IntegrityReport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The administrator's vault page: the integrity check of every vault, the reconciliation of rows and
 * objects, the verification of one usager's journal, and the rotation of the master key (confirmed
 * on a second step). The vault lets an administrator run these and never read a document.
 */
@Named
@ViewScoped
public class VaultAdministration implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject VaultSetup vault;
  @Inject CurrentUser me;
  @Inject AccountService accounts;
  @Inject AdministrationReports reports;
  @Inject Page page;

  private String ownerId;
  private boolean confirmingRotation;

  public AdministrationReports getReports() {
    return reports;
  }

  public void check() throws IOException {
    reports.setIntegrity(vault.vault().checkAll(administrator()));
    page.flash("vault.admin.check.done");
    Redirect.to("/admin/vault.xhtml#integrity-title");
  }

  public void reconcile() throws IOException {
    reports.setReconciliation(vault.vault().reconcile(administrator()));
    page.flash("vault.admin.reconcile.done");
    Redirect.to("/admin/vault.xhtml#reconcile-title");
  }

  public void verifyJournal() throws IOException {
    String id = ownerId == null ? "" : ownerId.strip();
    Optional<Account> usager = id.isEmpty() ? Optional.empty() : accounts.find(id).filter(a -> a.getRole() == Role.USAGER);
    if (usager.isEmpty()) {
      page.error("journal:owner", "vault.admin.journal.unknown");
      return;
    }
    reports.setJournal(vault.vault().verifyJournal(administrator(), usager.get().getPublicId()));
    page.flash("vault.admin.journal.done");
    Redirect.to("/admin/vault.xhtml#journal-title");
  }

  public void rotate() throws IOException {
    reports.setRotation(new AdministrationReports.Rotation(vault.vault().rotateMasterKey(administrator()), Instant.now()));
    page.flash("vault.admin.rotation.done");
    Redirect.to("/admin/vault.xhtml#rotation-title");
  }

  /** Counts of the last integrity check, by status (OK, HASH_MISMATCH, UNREADABLE, MISSING_OBJECT). */
  public long count(String status) {
    IntegrityReport report = reports.getIntegrity();
    return report == null ? 0 : report.count(CheckStatus.valueOf(status));
  }

  /** The failing documents of the last check with one status: ids only. */
  public List<DocumentCheck> failures(String status) {
    IntegrityReport report = reports.getIntegrity();
    CheckStatus wanted = CheckStatus.valueOf(status);
    return report == null ? List.of() : report.failures().stream().filter(f -> f.status() == wanted).toList();
  }

  private Actor administrator() {
    return VaultActors.administrator(me.require());
  }

  public String getOwnerId() {
    return ownerId;
  }

  public void setOwnerId(String ownerId) {
    this.ownerId = ownerId;
  }

  /** {@code ?rotate=1}: the confirmation step of the rotation (only ever switched on, as for a deletion). */
  public String getRotate() {
    return confirmingRotation ? "1" : null;
  }

  public void setRotate(String rotate) {
    if ("1".equals(rotate)) {
      confirmingRotation = true;
    }
  }

  public boolean isConfirmingRotation() {
    return confirmingRotation;
  }
}
