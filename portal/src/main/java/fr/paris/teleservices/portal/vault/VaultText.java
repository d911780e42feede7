package fr.paris.teleservices.portal.vault;

import fr.paris.teleservices.portal.web.CurrentLanguage;
import fr.paris.teleservices.vault.document.DocumentSummary;
import fr.paris.teleservices.vault.document.DocumentType;
import fr.paris.teleservices.vault.journal.JournalEntry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/** {@link Wording} for the pages: {@code #{vaultText.size(doc.size())}}, {@code #{vaultText.validity(doc)}}… */
@Named("vaultText")
@RequestScoped
public class VaultText {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Inject CurrentLanguage language;
  @Inject Grantees grantees;
  @Inject VaultSetup vault;

  private Wording wording;
  private Map<String, String> structureNames;

  private Wording wording() {
    if (wording == null) {
      wording = new Wording(language.messages(), LocalDate.now(PARIS));
    }
    return wording;
  }

  public String size(long bytes) {
    return wording().size(bytes);
  }

  /** The largest document the vault accepts, as the person reads it ("20 Mo"): it is configurable. */
  public String getMaxDocumentSize() {
    return size(vault.config().maxDocumentBytes());
  }

  /** The document type's name, from the catalog's texts. */
  public String type(DocumentType type) {
    return language.messages().get("catalog.document.type." + type.name());
  }

  /** The name of a type given by its code, or null for a code that names no type. */
  public String typeName(String code) {
    for (DocumentType type : DocumentType.values()) {
      if (type.name().equals(code)) {
        return type(type);
      }
    }
    return null;
  }

  public String validity(DocumentSummary document) {
    return wording().validityText(document.expiryDate());
  }

  /** The badge's modifier class for the document's validity: vault-badge--expired… */
  public String validityClass(DocumentSummary document) {
    return "vault-badge--" + wording().validity(document.expiryDate()).name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The day, in Paris, of an instant (a deposit, a share). */
  public LocalDate day(Instant instant) {
    return instant == null ? null : instant.atZone(PARIS).toLocalDate();
  }

  public boolean hasValidity(DocumentSummary document) {
    return document.expiryDate() != null;
  }

  /** A name written by a person, isolated for the bidirectional algorithm inside a sentence. */
  public String isolate(String name) {
    return Wording.isolate(name);
  }

  public String who(JournalEntry entry) {
    if (structureNames == null) {
      structureNames = grantees.structureNames();
    }
    return wording().who(entry, structureNames);
  }

  public String what(JournalEntry entry) {
    return wording().what(entry);
  }
}
