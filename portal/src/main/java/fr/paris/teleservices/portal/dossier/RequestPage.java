package fr.paris.teleservices.portal.dossier;

import fr.paris.teleservices.notifications.admin.SmsQueries;
import fr.paris.teleservices.portal.catalog.CatalogService;
import fr.paris.teleservices.portal.domiciliation.DomiciliationAddress;
import fr.paris.teleservices.portal.domiciliation.DomiciliationService;
import fr.paris.teleservices.portal.mandate.ActiveMandate;
import fr.paris.teleservices.portal.mandate.Scope;
import fr.paris.teleservices.portal.reminder.ReminderPlanning;
import fr.paris.teleservices.portal.sms.Sms;
import fr.paris.teleservices.portal.catalog.CatalogTexts;
import fr.paris.teleservices.portal.catalog.FormField;
import fr.paris.teleservices.portal.catalog.Procedure;
import fr.paris.teleservices.portal.catalog.documents.DocumentRequirement;
import fr.paris.teleservices.portal.catalog.documents.Piece;
import fr.paris.teleservices.portal.catalog.documents.RequirementCheck;
import fr.paris.teleservices.portal.vault.Uploads;
import fr.paris.teleservices.portal.vault.VaultActors;
import fr.paris.teleservices.portal.vault.VaultSetup;
import fr.paris.teleservices.portal.web.CurrentLanguage;
import fr.paris.teleservices.portal.web.NotFound;
import fr.paris.teleservices.portal.web.Page;
import fr.paris.teleservices.vault.document.DocumentSummary;
import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A usager's request: its answers, its pieces (picked from the vault or added, which puts them in
 * the vault too), what is expected of the person now, the instructor's messages and the history.
 */
@Named
@ViewScoped
public class RequestPage implements Serializable {

  private static final long serialVersionUID = 1L;

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private boolean withdrawAsked;

  @Inject DossierService dossiers;
  @Inject CatalogCompleteness completeness;
  @Inject CatalogService catalog;
  @Inject VaultSetup vault;
  @Inject Uploads uploads;
  @Inject Acting acting;
  @Inject InstructionShares shares;
  @Inject DomiciliationService domiciliations;
  @Inject ActiveMandate mandate;
  @Inject Sms sms;
  @Inject CurrentLanguage language;
  @Inject Page page;

  private String id;
  private transient Dossier dossier;
  private final Map<String, String> answers = new HashMap<>();
  private boolean answersLoaded;
  private transient List<DocumentSummary> vaultDocuments;
  private transient CatalogCompleteness.Detailed check;

  /** Upload form values, per requirement. */
  private final transient Map<String, Part> files = new HashMap<>();
  private final Map<String, String> uploadTypes = new HashMap<>();
  private final Map<String, String> uploadIssued = new HashMap<>();
  private final Map<String, String> uploadExpires = new HashMap<>();
  private final Map<String, String> picked = new HashMap<>();
  /** The requirement whose upload was just refused: its form stays open with the message. */
  private String failedUpload;

  public void load() {
    dossier = dossiers.find(acting.actor(), id == null ? "" : id).orElseThrow(NotFound::new);
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

  public Map<String, String> getAnswers() {
    if (!answersLoaded) {
      getDossier().getAnswers().forEach(answers::putIfAbsent);
      answersLoaded = true;
    }
    return answers;
  }

  public boolean isEditable() {
    return getDossier().getState() == DossierState.DRAFT;
  }

  public boolean isPiecesEditable() {
    DossierState state = getDossier().getState();
    return state == DossierState.DRAFT || state == DossierState.INCOMPLETE || state == DossierState.SUBMITTED;
  }

  public List<RequirementCheck> getRequirements() {
    if (check == null) {
      check =
          completeness.checkDetailed(getDossier(), dossiers.pieces(getDossier()), LocalDate.now(PARIS));
    }
    return check.requirements();
  }

  /** The vault documents attached to a requirement of this request. */
  public List<DocumentSummary> attached(String requirementId) {
    Set<String> ids =
        dossiers.pieces(getDossier()).stream()
            .filter(p -> p.getRequirementId().equals(requirementId))
            .map(DossierPiece::getDocumentId)
            .collect(Collectors.toSet());
    return documents().stream().filter(d -> ids.contains(d.id())).toList();
  }

  /** Documents of the vault that may serve a requirement (their type is one it accepts). */
  public List<DocumentSummary> candidates(DocumentRequirement requirement) {
    Set<String> types =
        requirement.anyOf().stream().flatMap(List::stream).map(Piece::documentType).collect(Collectors.toSet());
    Set<String> already = attached(requirement.id()).stream().map(DocumentSummary::id).collect(Collectors.toSet());
    return documents().stream()
        .filter(d -> types.contains(d.type().name()) && !already.contains(d.id()))
        .toList();
  }

  /** The document types a requirement accepts, for the type list of a new upload. */
  public List<String> acceptedTypes(DocumentRequirement requirement) {
    return requirement.anyOf().stream().flatMap(List::stream).map(Piece::documentType).distinct().toList();
  }

  /** Whether a document already went with another request: "déjà fourni". */
  public boolean usedElsewhere(DocumentSummary document) {
    return dossiers.isAttachedElsewhere(getDossier(), document.id());
  }

  public boolean expired(DocumentSummary document) {
    return document.expiryDate() != null && document.expiryDate().isBefore(LocalDate.now(PARIS));
  }

  public String missing(RequirementCheck requirement) {
    return getTexts().missing(getProcedure(), requirement, LocalDate.now(PARIS));
  }

  /** The SMS sent about this request, with their text: the person's own messages. */
  public List<SmsQueries.HistoryEntry> getSms() throws java.sql.SQLException {
    return sms.queries().history(ReminderPlanning.subject(getDossier().getId()), SmsQueries.Audience.OWNER);
  }

  public List<DossierHistory> getHistory() {
    return dossiers.history(getDossier());
  }

  public List<DossierMessage> getMessages() {
    return dossiers.messages(getDossier());
  }

  public boolean isHasReceipt() {
    return dossiers.latestReceipt(getDossier()).isPresent();
  }

  /** The postal address of a domiciled usager, to use as their address in this request. */
  public List<String> getDomiciliationAddress() {
    return domiciliations
        .activeAddress(getDossier().getUsager().getPublicId())
        .map(DomiciliationAddress::lines)
        .orElse(List.of());
  }

  /** The mandate filter already refuses these; the page checks again, in depth. */
  private void requireScope(Scope scope) {
    if (acting.mandateId() != null && !mandate.allows(scope)) {
      throw new NotFound();
    }
  }

  public LocalDate getToday() {
    return LocalDate.now(PARIS);
  }

  public long getDaysLeft() {
    LocalDate by = getDossier().getCompleteBy();
    return by == null ? 0 : Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(PARIS), by));
  }

  public void save() throws IOException {
    requireScope(Scope.FILE_REQUESTS);
    if (storeAnswers(false)) {
      page.flash("request.saved");
      reload();
    }
  }

  public void submit() throws IOException {
    requireScope(Scope.FILE_REQUESTS);
    if (!storeAnswers(true)) {
      return;
    }
    Dossier filed = dossiers.submit(acting.actor(), getDossier().getPublicId());
    shares.shareWithInstructors(filed);
    page.flash(filed.getState() == DossierState.SUBMITTED ? "request.submitted" : "request.submitted-incomplete");
    reload();
  }

  public void attach(String requirementId) throws IOException {
    requireScope(Scope.ADD_DOCUMENTS);
    String documentId = picked.get(requirementId);
    if (documentId == null || documents().stream().noneMatch(d -> d.id().equals(documentId))) {
      page.error(null, "request.pick-document");
      return;
    }
    dossiers.attach(acting.actor(), getDossier().getPublicId(), requirementId, documentId);
    shares.shareWithInstructors(getDossier());
    page.flash("request.attached");
    reload();
  }

  public void detach(String requirementId, String documentId) throws IOException {
    requireScope(Scope.ADD_DOCUMENTS);
    dossiers.detach(acting.actor(), getDossier().getPublicId(), requirementId, documentId);
    page.flash("request.detached");
    reload();
  }

  /** A new file for a requirement: it goes to the vault, then to this request. */
  public void upload(String requirementId, int index) throws IOException {
    requireScope(Scope.ADD_DOCUMENTS);
    var stored =
        uploads.deposit(
            VaultActors.forUsagerSide(acting.actor(), acting.usager().getDisplayName(), acting.mandateId()),
            files.get(requirementId),
            uploadTypes.get(requirementId),
            uploadIssued.get(requirementId),
            uploadExpires.get(requirementId),
            "pieces:requirements:" + index + ":file");
    if (stored.isEmpty()) {
      failedUpload = requirementId;
      return;
    }
    dossiers.attach(acting.actor(), getDossier().getPublicId(), requirementId, stored.get().id());
    shares.shareWithInstructors(getDossier());
    page.flash("request.uploaded");
    reload();
  }

  public void withdraw() throws IOException {
    if (acting.mandateId() != null) {
      throw new NotFound(); // withdrawing is the usager's own decision
    }
    dossiers.withdraw(acting.actor(), getDossier().getPublicId());
    page.flash("request.withdrawn");
    reload();
  }

  private boolean storeAnswers(boolean forSubmission) {
    AnswerCheck.Result result = AnswerCheck.check(getProcedure(), answers, forSubmission);
    if (!result.ok()) {
      List<FormField> fields = getFields();
      for (AnswerCheck.Problem problem : result.problems()) {
        int index = indexOf(fields, problem.fieldId());
        page.error("answers:fields:" + index + ":" + inputId(fields.get(index)), problem.messageKey());
      }
      page.error(null, "form.has-errors");
      return false;
    }
    dossiers.saveAnswers(acting.actor(), getDossier().getPublicId(), new LinkedHashMap<>(result.answers()));
    return true;
  }

  /** The id of a field's input, which depends on its kind (one input per kind in the form). */
  public String inputId(FormField field) {
    return switch (field.type()) {
      case CHOICE, BOOLEAN -> "choice";
      case DATE -> "date";
      default -> "text";
    };
  }

  private static int indexOf(List<FormField> fields, String id) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).id().equals(id)) {
        return i;
      }
    }
    return 0;
  }

  private List<DocumentSummary> documents() {
    if (vaultDocuments == null) {
      vaultDocuments = vault.vault().documents(VaultActors.usager(getDossier().getUsager()));
    }
    return vaultDocuments;
  }

  private void reload() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/usager/demande.xhtml?id=" + getDossier().getPublicId());
  }

  /** Withdrawing is the usager's own decision: an agent acting for them is not offered it. */
  public boolean isWithdrawable() {
    DossierState state = getDossier().getState();
    return acting.mandateId() == null && (state.isOpen() || state == DossierState.DRAFT);
  }

  /** The confirmation step of withdrawing, kept by the view through the postback of its button. */
  public boolean isWithdrawAsked() {
    return withdrawAsked;
  }

  public void setWithdrawAsked(boolean withdrawAsked) {
    this.withdrawAsked = withdrawAsked;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Map<String, Part> getFiles() {
    return files;
  }

  public Map<String, String> getUploadTypes() {
    return uploadTypes;
  }

  public Map<String, String> getUploadIssued() {
    return uploadIssued;
  }

  public Map<String, String> getUploadExpires() {
    return uploadExpires;
  }

  public boolean uploadFailed(String requirementId) {
    return requirementId.equals(failedUpload);
  }

  public Map<String, String> getPicked() {
    return picked;
  }
}
