package fr.paris.teleservices.portal.domiciliation;

import fr.paris.teleservices.i18n.Language;
import fr.paris.teleservices.i18n.Languages;
import fr.paris.teleservices.notifications.sms.PhoneNumber;
import fr.paris.teleservices.notifications.sms.PhoneNumbers;
import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.dossier.Acting;
import fr.paris.teleservices.portal.mandate.ActiveMandate;
import fr.paris.teleservices.portal.mandate.Scope;
import fr.paris.teleservices.portal.vault.Uploads;
import fr.paris.teleservices.portal.vault.VaultActors;
import fr.paris.teleservices.portal.web.Page;
import fr.paris.teleservices.vault.document.DocumentSummary;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Asking for a domiciliation, online or with an agent: the name as the person gives it, their link
 * with Paris, a phone if they have one, the language they prefer, how to reach them otherwise. An
 * identity document may be added, never required.
 */
@Named
@RequestScoped
public class DomiciliationRequestPage {

  @Inject DomiciliationService domiciliations;
  @Inject Acting acting;
  @Inject ActiveMandate mandate;
  @Inject Uploads uploads;
  @Inject Page page;

  private String familyName;
  private String givenNames;
  private String birthDate;
  private String birthPlace;
  private String communeLink;
  private String communeLinkDetails;
  private String phone;
  private boolean smsAllowed = true;
  private String language;
  private String otherContact;
  private Part identityFile;
  private String identityType = "IDENTITY";

  @PostConstruct
  void prefill() {
    Account usager = acting.usager();
    phone = usager.getPhone();
    language = usager.getLanguage();
  }

  /** View action: a person with a domiciliation in progress sees it instead of a new form. */
  public void requireNoneOpen() throws IOException {
    if (domiciliations.ofUsager(acting.usager().getPublicId()).stream().anyMatch(d -> !d.getState().isFinal())) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + "/usager/domiciliation.xhtml");
    }
  }

  public void submit() throws IOException {
    boolean ok = true;
    String family = strip(familyName);
    String given = strip(givenNames);
    if (family == null) {
      page.error("request:familyName", "domiciliation.error.required");
      ok = false;
    }
    if (given == null) {
      page.error("request:givenNames", "domiciliation.error.required");
      ok = false;
    }
    LocalDate born = null;
    if (strip(birthDate) != null) {
      try {
        born = LocalDate.parse(birthDate.strip());
        if (born.isAfter(LocalDate.now(DomiciliationRules.PARIS))) {
          page.error("request:birthDate", "domiciliation.error.birth-date");
          ok = false;
        }
      } catch (DateTimeParseException e) {
        page.error("request:birthDate", "domiciliation.error.birth-date");
        ok = false;
      }
    }
    CommuneLink link = null;
    try {
      link = communeLink == null ? null : CommuneLink.valueOf(communeLink);
    } catch (IllegalArgumentException e) {
      link = null;
    }
    if (link == null) {
      page.error("request:communeLink", "domiciliation.error.link");
      ok = false;
    }
    String mobile = null;
    if (strip(phone) != null) {
      Optional<PhoneNumber> number = PhoneNumbers.tryParse(phone);
      if (number.isEmpty() || !number.get().mobile()) {
        page.error("request:phone", "domiciliation.error.phone");
        ok = false;
      } else {
        mobile = number.get().e164();
      }
    }
    boolean withDocument = identityFile != null && identityFile.getSize() > 0;
    if (withDocument && acting.mandateId() != null && !mandate.allows(Scope.ADD_DOCUMENTS)) {
      page.error("request:identityFile", "domiciliation.error.document-scope");
      ok = false;
    }
    if (!ok) {
      page.error(null, "form.has-errors");
      return;
    }
    String documentId = null;
    if (withDocument) {
      Optional<DocumentSummary> stored =
          uploads.deposit(
              VaultActors.forUsagerSide(acting.actor(), acting.usager().getDisplayName(), acting.mandateId()),
              identityFile,
              identityType,
              null,
              null,
              "request:identityFile");
      if (stored.isEmpty()) {
        return;
      }
      documentId = stored.get().id();
    }
    try {
      domiciliations.request(
          acting.actor(),
          acting.usager(),
          new DomiciliationRequest(
              family, given, born, strip(birthPlace), link, strip(communeLinkDetails), mobile, smsAllowed,
              Languages.orReference(language).code(), strip(otherContact), documentId));
      page.flash("domiciliation.request.sent");
    } catch (DomiciliationRefused refused) {
      page.flash("domiciliation.refused." + refused.why().name().toLowerCase(java.util.Locale.ROOT));
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/usager/domiciliation.xhtml");
  }

  public List<CommuneLink> getLinks() {
    return Arrays.asList(CommuneLink.values());
  }

  public List<Language> getLanguages() {
    return Languages.all();
  }

  private static String strip(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public String getFamilyName() {
    return familyName;
  }

  public void setFamilyName(String familyName) {
    this.familyName = familyName;
  }

  public String getGivenNames() {
    return givenNames;
  }

  public void setGivenNames(String givenNames) {
    this.givenNames = givenNames;
  }

  public String getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(String birthDate) {
    this.birthDate = birthDate;
  }

  public String getBirthPlace() {
    return birthPlace;
  }

  public void setBirthPlace(String birthPlace) {
    this.birthPlace = birthPlace;
  }

  public String getCommuneLink() {
    return communeLink;
  }

  public void setCommuneLink(String communeLink) {
    this.communeLink = communeLink;
  }

  public String getCommuneLinkDetails() {
    return communeLinkDetails;
  }

  public void setCommuneLinkDetails(String communeLinkDetails) {
    this.communeLinkDetails = communeLinkDetails;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public boolean isSmsAllowed() {
    return smsAllowed;
  }

  public void setSmsAllowed(boolean smsAllowed) {
    this.smsAllowed = smsAllowed;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getOtherContact() {
    return otherContact;
  }

  public void setOtherContact(String otherContact) {
    this.otherContact = otherContact;
  }

  public Part getIdentityFile() {
    return identityFile;
  }

  public void setIdentityFile(Part identityFile) {
    this.identityFile = identityFile;
  }

  public String getIdentityType() {
    return identityType;
  }

  public void setIdentityType(String identityType) {
    this.identityType = identityType;
  }
}
