package fr.paris.teleservices.portal.agent;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.mandate.JournalAction;
import fr.paris.teleservices.portal.mandate.MandateNotFound;
import fr.paris.teleservices.portal.mandate.MandateService;
import fr.paris.teleservices.portal.security.CurrentUser;
import fr.paris.teleservices.portal.web.Page;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;

/**
 * A person who lost their password and has no e-mail comes to the desk. The agent finds the account
 * (masked identity only), checks an identity document in person and types the name printed on it;
 * when it matches the account, a one-time code is shown once, to note or print, with which the
 * person chooses a new password on the recovery page. Every issue and every refusal is journaled.
 */
@Named
@ViewScoped
public class RecoveryDesk implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The flash entries of the page shown once after a code was issued. */
  static final String ISSUED_CODE = "recoveryCode";
  static final String ISSUED_FOR = "recoveryFor";

  @Inject CurrentUser me;
  @Inject AccountLookup lookup;
  @Inject RecoveryCodes codes;
  @Inject MandateService mandates;
  @Inject Page page;

  private String identifier;
  private String usagerId;
  private MaskedIdentity identity;
  private String nameOnDocument;
  private boolean documentSeen;

  public void find() {
    Optional<Account> usager = lookup.usager(identifier);
    if (usager.isEmpty()) {
      page.error("find:identifier", "assisted.find.none");
      return;
    }
    usagerId = usager.get().getPublicId();
    identity = MaskedIdentity.of(usager.get());
  }

  public void issue() throws IOException {
    if (!MandateService.isAgent(me.require())) {
      throw new MandateNotFound();
    }
    Account usager = lookup.usager(identifier).filter(a -> a.getPublicId().equals(usagerId)).orElseThrow(MandateNotFound::new);
    if (!documentSeen) {
      page.error("check:seen", "assisted.recovery.document-required");
      return;
    }
    if (!NameCheck.matches(usager.getDisplayName(), nameOnDocument)) {
      mandates.record(usager.getPublicId(), me.require().getPublicId(), null, JournalAction.RECOVERY_REFUSED, null);
      page.error("check:name", "assisted.recovery.name-mismatch");
      return;
    }
    String code = codes.issue(usager, RecoveryCodes.Purpose.RESET, me.require());
    var flash = FacesContext.getCurrentInstance().getExternalContext().getFlash();
    flash.put(ISSUED_CODE, code);
    flash.put(ISSUED_FOR, identity.initials());
    page.flash("assisted.recovery.issued");
    Redirects.to("/agent/recovery.xhtml");
  }

  public void restart() throws IOException {
    Redirects.to("/agent/recovery.xhtml");
  }

  public String getPortal() {
    return Recaps.portal();
  }

  public boolean isFound() {
    return identity != null;
  }

  public MaskedIdentity getIdentity() {
    return identity;
  }

  public String getIdentifier() {
    return identifier;
  }

  public void setIdentifier(String identifier) {
    this.identifier = identifier;
  }

  public String getNameOnDocument() {
    return nameOnDocument;
  }

  public void setNameOnDocument(String nameOnDocument) {
    this.nameOnDocument = nameOnDocument;
  }

  public boolean isDocumentSeen() {
    return documentSeen;
  }

  public void setDocumentSeen(boolean documentSeen) {
    this.documentSeen = documentSeen;
  }
}
