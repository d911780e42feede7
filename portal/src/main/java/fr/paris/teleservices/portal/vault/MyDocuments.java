package fr.paris.teleservices.portal.vault;

import fr.paris.teleservices.portal.dossier.Acting;
import fr.paris.teleservices.portal.security.CurrentUser;
import fr.paris.teleservices.portal.web.Page;
import fr.paris.teleservices.vault.document.DocumentSummary;
import fr.paris.teleservices.vault.document.DocumentType;
import fr.paris.teleservices.vault.document.QuotaUsage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * "Mon porte-documents": what the vault holds and how much room is left; adding a paper (a file, a
 * photo taken there and then, or several photographed pages kept as one PDF); and the export of
 * everything, after the password is typed again.
 */
@Named
@ViewScoped
public class MyDocuments implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject VaultSetup vault;
  @Inject Uploads uploads;
  @Inject Acting acting;
  @Inject CurrentUser me;
  @Inject Reauthentication reauthentication;
  @Inject ExportTickets tickets;
  @Inject VaultText text;
  @Inject Page page;

  private transient Part file;
  private String type;
  private String issued;
  private String expires;

  private transient List<Part> pages;
  private String pagesType;
  private String pagesIssued;
  private String pagesExpires;

  private String password;
  /** The form whose upload was just refused: it stays open, with the message. */
  private String refusedForm;

  private transient List<DocumentSummary> documents;
  private transient QuotaUsage quota;

  public List<DocumentSummary> getDocuments() {
    if (documents == null) {
      documents = vault.vault().documents(UsagerSide.actor(acting));
    }
    return documents;
  }

  public QuotaUsage getQuota() {
    if (quota == null) {
      quota = vault.vault().quota(UsagerSide.actor(acting));
    }
    return quota;
  }

  /** Per cent of the byte quota in use, for the gauge. */
  public long getQuotaPercent() {
    QuotaUsage q = getQuota();
    return q.bytesAllowed() <= 0 ? 100 : Math.min(100, Math.round(100.0 * q.bytesUsed() / q.bytesAllowed()));
  }

  public String getMaxDocumentSize() {
    return text.getMaxDocumentSize();
  }

  public int getMaxPages() {
    return vault.config().maxPages();
  }

  public List<DocumentType> getTypes() {
    return List.of(DocumentType.values());
  }

  /** Agents may look after papers but never hand them to anyone: sharing is hidden from them. */
  public boolean isAgent() {
    return UsagerSide.agent(acting);
  }

  /** The export link's ticket, once the password was typed again (null otherwise). */
  public String getExportTicket() {
    return tickets.pending(UsagerSide.ownerId(acting)).orElse(null);
  }

  public void add() throws IOException {
    var stored = uploads.deposit(UsagerSide.actor(acting), file, type, issued, expires, "add:file");
    if (stored.isEmpty()) {
      refusedForm = "add";
      return;
    }
    page.flash("vault.added");
    Redirect.to("/usager/documents.xhtml");
  }

  public void addPages() throws IOException {
    String name = pagesType == null ? null : text.typeName(pagesType);
    var stored =
        uploads.depositPages(UsagerSide.actor(acting), pages, pagesType, pagesIssued, pagesExpires, name, "pages:files");
    if (stored.isEmpty()) {
      refusedForm = "pages";
      return;
    }
    page.flash("vault.added.pages");
    Redirect.to("/usager/documents.xhtml");
  }

  /** Checks the password again, then offers the export link (valid a few minutes, once). */
  public void prepareExport() throws IOException {
    Reauthentication.Outcome outcome = reauthentication.confirm(me.require(), password);
    password = null;
    if (!outcome.confirmed()) {
      Reauthentication.explain(page, "export:password", outcome);
      return;
    }
    tickets.issue(UsagerSide.ownerId(acting));
    page.flash("vault.export.ready");
    Redirect.to("/usager/documents.xhtml#export-title");
  }

  public boolean refused(String form) {
    return form.equals(refusedForm);
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getIssued() {
    return issued;
  }

  public void setIssued(String issued) {
    this.issued = issued;
  }

  public String getExpires() {
    return expires;
  }

  public void setExpires(String expires) {
    this.expires = expires;
  }

  public List<Part> getPages() {
    return pages;
  }

  public void setPages(List<Part> pages) {
    this.pages = pages;
  }

  public String getPagesType() {
    return pagesType;
  }

  public void setPagesType(String pagesType) {
    this.pagesType = pagesType;
  }

  public String getPagesIssued() {
    return pagesIssued;
  }

  public void setPagesIssued(String pagesIssued) {
    this.pagesIssued = pagesIssued;
  }

  public String getPagesExpires() {
    return pagesExpires;
  }

  public void setPagesExpires(String pagesExpires) {
    this.pagesExpires = pagesExpires;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
