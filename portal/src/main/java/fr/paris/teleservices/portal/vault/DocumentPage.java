package fr.paris.teleservices.portal.vault;

import fr.paris.teleservices.portal.dossier.Acting;
import fr.paris.teleservices.portal.security.CurrentUser;
import fr.paris.teleservices.portal.web.NotFound;
import fr.paris.teleservices.portal.web.Page;
import fr.paris.teleservices.vault.document.DocumentNotFoundException;
import fr.paris.teleservices.vault.document.DocumentSummary;
import fr.paris.teleservices.vault.sharing.Share;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * One document of the vault: what is known about it, whom it is shared with, renaming it, and
 * deleting it — a decision confirmed on a second step with the password, since nothing brings a
 * deleted paper back.
 */
@Named
@ViewScoped
public class DocumentPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject VaultSetup vault;
  @Inject Acting acting;
  @Inject CurrentUser me;
  @Inject Reauthentication reauthentication;
  @Inject Page page;

  private String id;
  private boolean confirmingDeletion;
  private String newName;
  private String password;
  private transient DocumentSummary document;
  private transient List<Share> shares;

  /** Someone else's document, or one that does not exist: 404, the same for both. */
  public void load() {
    document = find().orElseThrow(NotFound::new);
    if (newName == null) {
      newName = document.fileName();
    }
  }

  public DocumentSummary getDocument() {
    if (document == null) {
      load();
    }
    return document;
  }

  /** The shares in force that cover this document. */
  public List<Share> getShares() {
    if (shares == null) {
      shares =
          vault.vault().activeShares(UsagerSide.actor(acting)).stream()
              .filter(s -> s.documentIds().contains(getDocument().id()))
              .toList();
    }
    return shares;
  }

  public boolean isAgent() {
    return UsagerSide.agent(acting);
  }

  public void rename() throws IOException {
    if (newName == null || newName.isBlank()) {
      page.error("rename:name", "vault.rename.empty");
      return;
    }
    try {
      vault.vault().rename(UsagerSide.actor(acting), getDocument().id(), newName);
    } catch (DocumentNotFoundException gone) {
      throw new NotFound();
    }
    page.flash("vault.renamed");
    Redirect.to("/usager/document.xhtml?id=" + getDocument().id());
  }

  public void delete() throws IOException {
    Reauthentication.Outcome outcome = reauthentication.confirm(me.require(), password);
    password = null;
    if (!outcome.confirmed()) {
      Reauthentication.explain(page, "delete:password", outcome);
      return;
    }
    try {
      vault.vault().delete(UsagerSide.actor(acting), getDocument().id());
    } catch (DocumentNotFoundException alreadyGone) {
      // Deleted meanwhile (another tab): the outcome the person asked for.
    }
    page.flash("vault.deleted");
    Redirect.to("/usager/documents.xhtml");
  }

  private Optional<DocumentSummary> find() {
    String wanted = id == null ? "" : id;
    return vault.vault().documents(UsagerSide.actor(acting)).stream().filter(d -> d.id().equals(wanted)).findFirst();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  /**
   * {@code ?delete=1}: the confirmation step. Only ever switched on: the postbacks of the step (a
   * wrong password) come without the parameter and must stay on it; leaving it is a new page.
   */
  public String getDelete() {
    return confirmingDeletion ? "1" : null;
  }

  public void setDelete(String delete) {
    if ("1".equals(delete)) {
      confirmingDeletion = true;
    }
  }

  public boolean isConfirmingDeletion() {
    return confirmingDeletion;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
