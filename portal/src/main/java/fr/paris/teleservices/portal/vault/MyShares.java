package fr.paris.teleservices.portal.vault;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.dossier.Acting;
import fr.paris.teleservices.portal.security.CurrentUser;
import fr.paris.teleservices.portal.structure.Structure;
import fr.paris.teleservices.portal.web.CurrentLanguage;
import fr.paris.teleservices.portal.web.Formats;
import fr.paris.teleservices.portal.web.Page;
import fr.paris.teleservices.vault.access.ActionNotAllowedException;
import fr.paris.teleservices.vault.document.DocumentNotFoundException;
import fr.paris.teleservices.vault.document.DocumentSummary;
import fr.paris.teleservices.vault.sharing.Grantee;
import fr.paris.teleservices.vault.sharing.GranteeKind;
import fr.paris.teleservices.vault.sharing.Share;
import fr.paris.teleservices.vault.sharing.ShareNotFoundException;
import fr.paris.teleservices.vault.sharing.ShareRefusedException;
import fr.paris.teleservices.vault.sharing.ShareRequest;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sharing: the usager chooses documents, a social worker or an Espace Parisien des Solidarités, and
 * a last day (30 days unless they choose); they see the shares in force and revoke one at once.
 * Agents see the shares but may neither share nor revoke: handing papers to a third party is the
 * usager's decision alone (the vault refuses it too).
 */
@Named
@ViewScoped
public class MyShares implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject VaultSetup vault;
  @Inject Acting acting;
  @Inject CurrentUser me;
  @Inject Grantees grantees;
  @Inject Reauthentication reauthentication;
  @Inject CurrentLanguage language;
  @Inject Formats fmt;
  @Inject Page page;

  private String preselected;
  private final Map<String, Boolean> selected = new HashMap<>();
  private String grantee;
  private String until;
  private String password;

  private transient List<DocumentSummary> documents;
  private transient List<Share> shares;
  private transient Map<String, DocumentSummary> byId;

  /** Fills the defaults on the first display: the last day, and the document the person came from. */
  public void init() {
    if (until == null) {
      until = today().plusDays(vault.config().defaultShareDays()).toString();
    }
    if (preselected != null) {
      selected.put(preselected, Boolean.TRUE);
    }
  }

  public List<DocumentSummary> getDocuments() {
    if (documents == null) {
      documents = vault.vault().documents(UsagerSide.actor(acting));
    }
    return documents;
  }

  public List<Share> getShares() {
    if (shares == null) {
      shares = vault.vault().activeShares(UsagerSide.actor(acting));
    }
    return shares;
  }

  /** A shared document, for the list of a share (null when it was deleted since). */
  public DocumentSummary document(String documentId) {
    if (byId == null) {
      byId = new HashMap<>();
      getDocuments().forEach(d -> byId.put(d.id(), d));
    }
    return byId.get(documentId);
  }

  public boolean isAgent() {
    return UsagerSide.agent(acting);
  }

  /** The "share with" list: the EPS first (the usual choice), then social workers by name. */
  public List<SelectItem> getGranteeOptions() {
    List<SelectItem> offices =
        grantees.solidarityOffices().stream()
            .map(s -> new SelectItem(new GranteeChoice(GranteeKind.STRUCTURE, s.getCode()).value(), s.getName()))
            .toList();
    List<SelectItem> workers =
        grantees.socialWorkers().stream()
            .map(a -> new SelectItem(new GranteeChoice(GranteeKind.SOCIAL_WORKER, a.getPublicId()).value(), workerLabel(a)))
            .toList();
    SelectItemGroup officeGroup = new SelectItemGroup(language.messages().get("vault.share.grantee.offices"));
    officeGroup.setSelectItems(offices);
    SelectItemGroup workerGroup = new SelectItemGroup(language.messages().get("vault.share.grantee.workers"));
    workerGroup.setSelectItems(workers);
    return List.of(officeGroup, workerGroup);
  }

  public int getMaxShareDays() {
    return vault.config().maxShareDays();
  }

  public int getDefaultShareDays() {
    return vault.config().defaultShareDays();
  }

  public void share() throws IOException {
    if (isAgent()) {
      page.error(null, "vault.share.agent-not-allowed");
      return;
    }
    List<String> ids = getDocuments().stream().map(DocumentSummary::id).filter(id -> Boolean.TRUE.equals(selected.get(id))).toList();
    boolean valid = true;
    if (ids.isEmpty()) {
      page.error(null, "vault.share.refused.no_documents");
      valid = false;
    }
    Optional<Grantee> to = GranteeChoice.parse(grantee).flatMap(grantees::grantee);
    if (to.isEmpty()) {
      page.error("share:grantee", "vault.share.choose-grantee");
      valid = false;
    }
    LocalDate lastDay = null;
    try {
      lastDay = until == null || until.isBlank() ? null : LocalDate.parse(until.strip());
    } catch (DateTimeParseException e) {
      page.error("share:until", "vault.share.invalid-date");
      valid = false;
    }
    if (!valid) {
      return;
    }
    Reauthentication.Outcome outcome = reauthentication.confirm(me.require(), password);
    password = null;
    if (!outcome.confirmed()) {
      Reauthentication.explain(page, "share:password", outcome);
      return;
    }
    Share share;
    try {
      share = vault.vault().share(UsagerSide.actor(acting), new ShareRequest(ids, to.get(), lastDay));
    } catch (ShareRefusedException refused) {
      page.error("share:until", refused.reason().messageKey(), vault.config().maxShareDays());
      return;
    } catch (ActionNotAllowedException notTheUsager) {
      page.error(null, "vault.share.agent-not-allowed");
      return;
    } catch (DocumentNotFoundException deletedMeanwhile) {
      page.error(null, "vault.share.document-gone");
      return;
    }
    page.flash("vault.shared", Wording.isolate(share.grantee().name()), fmt.date(share.validUntil()));
    Redirect.to("/usager/shares.xhtml");
  }

  public void revoke(String shareId) throws IOException {
    if (isAgent()) {
      page.error(null, "vault.share.agent-not-allowed");
      return;
    }
    try {
      vault.vault().revoke(UsagerSide.actor(acting), shareId);
    } catch (ShareNotFoundException | ActionNotAllowedException refused) {
      page.error(null, "vault.share.not-found");
      return;
    }
    page.flash("vault.revoked");
    Redirect.to("/usager/shares.xhtml");
  }

  private String workerLabel(Account worker) {
    Structure structure = worker.getStructure();
    return language.messages().format(
        "vault.share.grantee.worker",
        Wording.isolate(worker.getDisplayName()),
        structure == null ? "" : Wording.isolate(structure.getName()));
  }

  private static LocalDate today() {
    return LocalDate.now(VaultText.PARIS);
  }

  public String getDoc() {
    return preselected;
  }

  public void setDoc(String doc) {
    this.preselected = doc;
  }

  public Map<String, Boolean> getSelected() {
    return selected;
  }

  public String getGrantee() {
    return grantee;
  }

  public void setGrantee(String grantee) {
    this.grantee = grantee;
  }

  public String getUntil() {
    return until;
  }

  public void setUntil(String until) {
    this.until = until;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
