package fr.paris.teleservices.portal.domiciliation;

import fr.paris.teleservices.portal.dossier.Acting;
import fr.paris.teleservices.portal.mandate.ActiveMandate;
import fr.paris.teleservices.portal.mandate.Scope;
import fr.paris.teleservices.portal.web.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * "Ma domiciliation": where the request stands, the appointment, the decision (the attestation and
 * the address to use, or the refusal with its reason and the appeal route), the renewal (from two
 * months before the end), the mail waiting at the structure, the history. For the usager, or an
 * agent acting for them.
 */
@Named
@RequestScoped
public class UsagerDomiciliation {

  @Inject DomiciliationService domiciliations;
  @Inject Acting acting;
  @Inject ActiveMandate mandate;
  @Inject Page page;

  private Optional<Domiciliation> current;

  public Optional<Domiciliation> getCurrent() {
    if (current == null) {
      current = domiciliations.current(acting.usager().getPublicId());
    }
    return current;
  }

  /** The domiciliation shown (call only when there is one). */
  public Domiciliation getD() {
    return getCurrent().orElseThrow(DomiciliationNotFound::new);
  }

  /** The usager, or an agent whose mandate lets them file requests: the forms show. */
  public boolean isMayFile() {
    return acting.mandateId() == null || mandate.allows(Scope.FILE_REQUESTS);
  }

  /** Whether the person may file a new request: none yet, or the last one is over. */
  public boolean isCanRequest() {
    return getCurrent().map(d -> d.getState().isFinal()).orElse(true);
  }

  public Optional<Attestation> getAttestation() {
    return getCurrent().filter(d -> d.getState().isDomiciled()).flatMap(domiciliations::currentAttestation);
  }

  public Optional<DomiciliationAddress> getAddress() {
    return domiciliations.activeAddress(acting.usager().getPublicId());
  }

  /** The address as written on an envelope; empty when the person is not domiciled. */
  public List<String> getAddressLines() {
    return getAddress().map(DomiciliationAddress::lines).orElse(List.of());
  }

  public List<MailItem> getMail() {
    return getCurrent().map(domiciliations::mail).orElse(List.of());
  }

  public int getWaitingMail() {
    return getMail().stream().filter(MailItem::isWaiting).mapToInt(MailItem::getItemCount).sum();
  }

  public List<DomiciliationHistory> getHistory() {
    return getCurrent().map(domiciliations::history).orElse(List.of());
  }

  public LocalDate getToday() {
    return LocalDate.now(DomiciliationRules.PARIS);
  }

  /** The first day a renewal may be asked, for the current attestation. */
  public LocalDate getRenewalOpensOn() {
    return getCurrent().map(Domiciliation::getValidUntil).map(DomiciliationRules::renewalOpensOn).orElse(null);
  }

  /** Granted and inside the two months before the end: the renewal button shows. */
  public boolean isCanRenew() {
    return getCurrent()
        .filter(d -> d.getState() == DomiciliationState.GRANTED)
        .map(d -> DomiciliationRules.canAskRenewal(d.getValidUntil(), getToday()))
        .orElse(false);
  }

  public void renew() throws IOException {
    try {
      domiciliations.requestRenewal(acting.actor(), getD().getPublicId());
      page.flash("domiciliation.renewal.asked");
    } catch (DomiciliationRefused refused) {
      page.flash("domiciliation.refused." + refused.why().name().toLowerCase(java.util.Locale.ROOT));
    } catch (IllegalDomiciliationMove illegal) {
      page.flash("domiciliation.refused.illegal");
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/usager/domiciliation.xhtml");
  }
}
