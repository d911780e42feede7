package fr.paris.teleservices.portal.instruction;

import fr.paris.teleservices.notifications.admin.SmsQueries;
import fr.paris.teleservices.portal.catalog.CatalogService;
import fr.paris.teleservices.portal.reminder.ReminderPlanning;
import fr.paris.teleservices.portal.sms.Sms;
import fr.paris.teleservices.portal.catalog.CatalogTexts;
import fr.paris.teleservices.portal.catalog.FormField;
import fr.paris.teleservices.portal.catalog.Procedure;
import fr.paris.teleservices.portal.catalog.documents.RequirementCheck;
import fr.paris.teleservices.portal.dossier.Actor;
import fr.paris.teleservices.portal.dossier.AnswerCheck;
import fr.paris.teleservices.portal.dossier.CatalogCompleteness;
import fr.paris.teleservices.portal.dossier.Dossier;
import fr.paris.teleservices.portal.dossier.DossierHistory;
import fr.paris.teleservices.portal.dossier.DossierMessage;
import fr.paris.teleservices.portal.dossier.DossierPiece;
import fr.paris.teleservices.portal.dossier.DossierService;
import fr.paris.teleservices.portal.dossier.IllegalTransition;
import fr.paris.teleservices.portal.security.CurrentUser;
import fr.paris.teleservices.portal.vault.VaultActors;
import fr.paris.teleservices.portal.vault.VaultSetup;
import fr.paris.teleservices.portal.web.CurrentLanguage;
import fr.paris.teleservices.portal.web.NotFound;
import fr.paris.teleservices.portal.web.Page;
import fr.paris.teleservices.vault.document.DocumentSummary;
import fr.paris.teleservices.vault.sharing.SharedDocument;
import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A request as its instructor sees it: the answers, each required piece with the document attached
 * (opening it goes through the vault and into the usager's journal), and the instructor's acts —
 * ask for pieces, start the review, decide.
 */
@Named
@ViewScoped
public class Instruction implements Serializable {

  private static final long serialVersionUID = 1L;

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Inject DossierService dossiers;
  @Inject CatalogCompleteness completeness;
  @Inject CatalogService catalog;
  @Inject VaultSetup vault;
  @Inject CurrentUser me;
  @Inject CurrentLanguage language;
  @Inject Page page;
  @Inject Sms sms;

  private String id;
  private transient Dossier dossier;
  private String message;
  private String amount;
  private String from;
  private String until;
  private String reason;

  public void load() {
    dossier = dossiers.find(Actor.of(me.require()), id == null ? "" : id).orElseThrow(NotFound::new);
  }

  public Dossier getDossier() {
    if (dossier == null) {
      load();
    }
    return dossier;
  }

  public Procedure getProcedure() {
    return catalog.catalog().get(getDossier().getProcedureId());
  }

  public CatalogTexts getTexts() {
    return new CatalogTexts(language.messages());
  }

  public List<FormField> getFields() {
    return AnswerCheck.fields(getProcedure());
  }

  public List<RequirementCheck> getRequirements() {
    return completeness.checkDetailed(getDossier(), dossiers.pieces(getDossier()), LocalDate.now(PARIS)).requirements();
  }

  /** The documents attached for a requirement that the structure may open (shared and not revoked). */
  public List<DocumentSummary> attached(String requirementId) {
    Set<String> ids =
        dossiers.pieces(getDossier()).stream()
            .filter(p -> p.getRequirementId().equals(requirementId))
            .map(DossierPiece::getDocumentId)
            .collect(Collectors.toSet());
    return vault.vault().sharedWith(VaultActors.socialWorker(me.require())).stream()
        .filter(v -> v.ownerId().equals(getDossier().getUsager().getPublicId()))
        .flatMap(v -> v.documents().stream())
        .map(SharedDocument::document)
        .filter(d -> ids.contains(d.id()))
        .toList();
  }

  public boolean expired(DocumentSummary document) {
    return document.expiryDate() != null && document.expiryDate().isBefore(LocalDate.now(PARIS));
  }

  /** The SMS sent about this request: when and how they fared, never their text. */
  public List<SmsQueries.HistoryEntry> getSms() throws java.sql.SQLException {
    return sms.queries().history(ReminderPlanning.subject(getDossier().getId()), SmsQueries.Audience.STAFF);
  }

  public List<DossierHistory> getHistory() {
    return dossiers.history(getDossier());
  }

  public List<DossierMessage> getMessages() {
    return dossiers.messages(getDossier());
  }

  public Map<String, String> getAnswers() {
    return getDossier().getAnswers();
  }

  /** The default period of a grant: from today, for the procedure's validity. */
  public String getDefaultUntil() {
    Integer months = getProcedure().decisionValidityMonths();
    return months == null ? "" : LocalDate.now(PARIS).plusMonths(months).minusDays(1).toString();
  }

  public void requestPieces() throws IOException {
    if (message == null || message.isBlank()) {
      page.error("pieces:message", "instruction.error.message-required");
      return;
    }
    act(() -> dossiers.requestPieces(actor(), getDossier().getPublicId(), message.strip()), "instruction.done.pieces");
  }

  public void startReview() throws IOException {
    act(() -> dossiers.startReview(actor(), getDossier().getPublicId()), "instruction.done.review");
  }

  public void grant() throws IOException {
    BigDecimal euros;
    LocalDate start;
    LocalDate end;
    try {
      euros = amount == null || amount.isBlank() ? null : new BigDecimal(amount.strip().replace(',', '.').replaceAll("[\\s€]", ""));
      start = from == null || from.isBlank() ? LocalDate.now(PARIS) : LocalDate.parse(from.strip());
      end = until == null || until.isBlank() ? null : LocalDate.parse(until.strip());
    } catch (NumberFormatException | DateTimeParseException e) {
      page.error("decide:amount", "instruction.error.grant");
      return;
    }
    if ((euros != null && euros.signum() < 0) || (end != null && end.isBefore(start))) {
      page.error("decide:amount", "instruction.error.grant");
      return;
    }
    act(() -> dossiers.grant(actor(), getDossier().getPublicId(), euros, start, end), "instruction.done.granted");
  }

  public void reject() throws IOException {
    if (reason == null || reason.isBlank()) {
      page.error("reject:reason", "instruction.error.reason-required");
      return;
    }
    act(() -> dossiers.reject(actor(), getDossier().getPublicId(), reason.strip()), "instruction.done.rejected");
  }

  /** Runs an act; a move the lifecycle refuses is explained, and nothing changes. */
  private void act(Runnable action, String doneKey) throws IOException {
    try {
      action.run();
    } catch (IllegalTransition refused) {
      page.error(null, "instruction.error.transition");
      return;
    }
    page.flash(doneKey);
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/social-worker/demande.xhtml?id=" + getDossier().getPublicId());
  }

  private Actor actor() {
    return Actor.of(me.require());
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public String getAmount() {
    return amount;
  }

  public void setAmount(String amount) {
    this.amount = amount;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getUntil() {
    return until;
  }

  public void setUntil(String until) {
    this.until = until;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
