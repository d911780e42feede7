package fr.paris.teleservices.portal.domiciliation;

import fr.paris.teleservices.notifications.admin.SmsQueries;
import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.dossier.Actor;
import fr.paris.teleservices.portal.security.CurrentUser;
import fr.paris.teleservices.portal.sms.Sms;
import fr.paris.teleservices.portal.web.NotFound;
import fr.paris.teleservices.portal.web.Page;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A domiciliation as the structure's staff handle it: the person's declarations, the lifecycle's
 * acts allowed in its state (appointment, decision, renewal, end or radiation), contacts, the mail
 * log, the attestations and the SMS sent. Every act ends with a redirect to this page.
 */
@Named
@ViewScoped
public class DomiciliationCase implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject DomiciliationService domiciliations;
  @Inject Attestations attestations;
  @Inject CurrentUser me;
  @Inject Sms sms;
  @Inject Page page;

  private String id;
  private transient Domiciliation domiciliation;

  private String appointmentDate;
  private String appointmentTime;
  private String appointmentPlace;
  private String start;
  private String refusalReason;
  private String refusalDetails;
  private String endReason;
  private String endDetails;
  private String mailSender = MailSender.ADMINISTRATION.name();
  private String mailDate;
  private boolean mailRegistered;
  private Integer mailCount = 1;

  public void load() {
    Account staff = me.require();
    if (!DomiciliationService.isDomiciliationStaff(staff)) {
      throw new NotFound();
    }
    domiciliation = domiciliations.find(Actor.of(staff), id).orElseThrow(DomiciliationNotFound::new);
    appointmentPlace = domiciliations.site(domiciliation).getInterviewPlace();
    mailDate = LocalDate.now(DomiciliationRules.PARIS).toString();
  }

  public Domiciliation getD() {
    if (domiciliation == null) {
      domiciliation = domiciliations.find(actor(), id).orElseThrow(DomiciliationNotFound::new);
    }
    return domiciliation;
  }

  public List<DomiciliationHistory> getHistory() {
    return domiciliations.history(getD());
  }

  public List<Attestation> getAttestations() {
    return domiciliations.attestations(getD());
  }

  public List<MailItem> getMail() {
    return domiciliations.mail(getD());
  }

  public boolean isMailWaiting() {
    return getMail().stream().anyMatch(MailItem::isWaiting);
  }

  public Optional<DomiciliationAddress> getAddress() {
    return getD().getState().isDomiciled() ? Optional.of(domiciliations.address(getD())) : Optional.empty();
  }

  /** Every SMS of the domiciliation (renewal notices, mail notices), without their text. */
  public List<SmsQueries.HistoryEntry> getSms() throws SQLException {
    List<SmsQueries.HistoryEntry> all = new ArrayList<>();
    all.addAll(sms.queries().history(DomiciliationSms.endingSubject(getD()), SmsQueries.Audience.STAFF));
    all.addAll(sms.queries().history(DomiciliationSms.mailSubject(getD()), SmsQueries.Audience.STAFF));
    all.sort(Comparator.comparing(SmsQueries.HistoryEntry::createdAt).reversed());
    return all;
  }

  public LocalDate getToday() {
    return LocalDate.now(DomiciliationRules.PARIS);
  }

  public boolean isNoContactWarning() {
    return getD().getState().isDomiciled() && DomiciliationRules.noContactWarning(getD().getLastContactAt(), getToday());
  }

  public LocalDate getNoContactRadiationFrom() {
    return DomiciliationRules.noContactRadiationFrom(getD().getLastContactAt());
  }

  public boolean isRenewalOpen() {
    return getD().getState() == DomiciliationState.GRANTED
        && DomiciliationRules.canAskRenewal(getD().getValidUntil(), getToday());
  }

  /** The start proposed for the decision: today, or for a renewal in time the day after the current end. */
  public LocalDate getDefaultStart() {
    return getD().getState() == DomiciliationState.RENEWAL_REQUESTED
        ? DomiciliationRules.renewalStart(getD().getValidUntil(), getToday())
        : getToday();
  }

  /** The language the person prefers, in its own name. */
  public String getLanguageName() {
    return fr.paris.teleservices.i18n.Languages.byCode(getD().getLanguage())
        .map(fr.paris.teleservices.i18n.Language::nativeName)
        .orElse(getD().getLanguage());
  }

  public List<RefusalReason> getRefusalReasons() {
    return Arrays.asList(RefusalReason.values());
  }

  /** The reasons that fit the state: while waiting, only the person's own reasons end a request. */
  public List<EndReason> getEndReasons() {
    return Arrays.stream(EndReason.values())
        .filter(r -> getD().getState().canMoveTo(r.target()))
        .filter(r -> r != EndReason.EXPIRED_WITHOUT_RENEWAL)
        .toList();
  }

  public List<MailSender> getSenders() {
    return Arrays.asList(MailSender.values());
  }

  public String getAttestationLink(Attestation attestation) {
    return "/social-worker/files/attestation?id=" + attestation.getPublicId();
  }

  // ---------------------------------------------------------------- acts

  public void proposeInterview() throws IOException {
    LocalDateTime at;
    try {
      at = LocalDateTime.of(LocalDate.parse(appointmentDate.strip()), LocalTime.parse(appointmentTime.strip()));
    } catch (DateTimeParseException | NullPointerException e) {
      page.error("interview:date", "domiciliation.error.appointment");
      return;
    }
    if (at.toLocalDate().isBefore(getToday())) {
      page.error("interview:date", "domiciliation.error.appointment-past");
      return;
    }
    if (appointmentPlace == null || appointmentPlace.isBlank()) {
      page.error("interview:place", "domiciliation.error.required");
      return;
    }
    act(() -> domiciliations.proposeInterview(actor(), id, at, appointmentPlace.strip()), "domiciliation.done.interview");
  }

  public void grant() throws IOException {
    LocalDate from;
    try {
      from = start == null || start.isBlank() ? null : LocalDate.parse(start.strip());
    } catch (DateTimeParseException e) {
      page.error("grant:start", "domiciliation.error.start");
      return;
    }
    Attestation[] issued = new Attestation[1];
    if (act(() -> issued[0] = domiciliations.grant(actor(), id, from), null)) {
      // After the decision has committed: the copy in the person's vault.
      boolean deposited = attestations.depositIfMissing(issued[0].getPublicId()).isPresent();
      page.flash(deposited ? "domiciliation.done.granted" : "domiciliation.done.granted-not-deposited");
      reload();
    }
  }

  public void deposit() throws IOException {
    boolean deposited =
        getAttestations().stream().findFirst().flatMap(a -> attestations.depositIfMissing(a.getPublicId())).isPresent();
    page.flash(deposited ? "domiciliation.done.deposited" : "domiciliation.done.not-deposited");
    reload();
  }

  public void reject() throws IOException {
    RefusalReason reason = parse(RefusalReason.class, refusalReason);
    if (reason == null) {
      page.error("reject:reason", "domiciliation.error.reason");
      return;
    }
    if (reason == RefusalReason.OTHER && (refusalDetails == null || refusalDetails.isBlank())) {
      page.error("reject:details", "domiciliation.error.details");
      return;
    }
    act(() -> domiciliations.reject(actor(), id, reason, strip(refusalDetails)), "domiciliation.done.rejected");
  }

  public void end() throws IOException {
    EndReason reason = parse(EndReason.class, endReason);
    if (reason == null) {
      page.error("end:reason", "domiciliation.error.reason");
      return;
    }
    if (reason == EndReason.OTHER && (endDetails == null || endDetails.isBlank())) {
      page.error("end:details", "domiciliation.error.details");
      return;
    }
    try {
      domiciliations.end(actor(), id, reason, strip(endDetails));
    } catch (DomiciliationRefused refused) {
      page.error("end:reason", "domiciliation.refused." + refused.why().name().toLowerCase(Locale.ROOT),
          getNoContactRadiationFrom().toString());
      return;
    } catch (IllegalDomiciliationMove illegal) {
      page.error("end:reason", "domiciliation.refused.illegal");
      return;
    }
    page.flash(reason.target() == DomiciliationState.RADIATED ? "domiciliation.done.radiated" : "domiciliation.done.ended");
    reload();
  }

  public void recordRenewal() throws IOException {
    act(() -> domiciliations.requestRenewal(actor(), id), "domiciliation.renewal.asked");
  }

  public void recordContact() throws IOException {
    act(() -> domiciliations.recordContact(actor(), id), "domiciliation.done.contact");
  }

  public void recordMail() throws IOException {
    MailSender sender = parse(MailSender.class, mailSender);
    LocalDate received;
    try {
      received = LocalDate.parse(mailDate == null ? "" : mailDate.strip());
    } catch (DateTimeParseException e) {
      page.error("mail:date", "domiciliation.error.mail-date");
      return;
    }
    if (received.isAfter(getToday())) {
      page.error("mail:date", "domiciliation.error.mail-date");
      return;
    }
    int count = mailCount == null ? 1 : mailCount;
    if (sender == null || count < 1 || count > 99) {
      page.error("mail:count", "domiciliation.error.mail-count");
      return;
    }
    act(() -> domiciliations.recordMail(actor(), id, sender, received, mailRegistered, count), "domiciliation.done.mail");
  }

  /** Marks mail collected: one item (the row's form posts its id) or all that waits. */
  public void collect() throws IOException {
    String mail = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("mail");
    act(() -> domiciliations.mailCollected(actor(), id, mail == null || mail.isBlank() ? null : mail), "domiciliation.done.collected");
  }

  /** Runs an act; a move the lifecycle or the rules refuse is explained, and nothing changes. */
  private boolean act(Runnable action, String doneKey) throws IOException {
    try {
      action.run();
    } catch (DomiciliationRefused refused) {
      page.error(null, "domiciliation.refused." + refused.why().name().toLowerCase(Locale.ROOT),
          getNoContactRadiationFrom().toString());
      return false;
    } catch (IllegalDomiciliationMove illegal) {
      page.error(null, "domiciliation.refused.illegal");
      return false;
    }
    if (doneKey != null) {
      page.flash(doneKey);
      reload();
    }
    return true;
  }

  private Actor actor() {
    return Actor.of(me.require());
  }

  private void reload() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/social-worker/domiciliation.xhtml?id=" + id);
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    try {
      return value == null ? null : Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String strip(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getAppointmentDate() {
    return appointmentDate;
  }

  public void setAppointmentDate(String appointmentDate) {
    this.appointmentDate = appointmentDate;
  }

  public String getAppointmentTime() {
    return appointmentTime;
  }

  public void setAppointmentTime(String appointmentTime) {
    this.appointmentTime = appointmentTime;
  }

  public String getAppointmentPlace() {
    return appointmentPlace;
  }

  public void setAppointmentPlace(String appointmentPlace) {
    this.appointmentPlace = appointmentPlace;
  }

  public String getStart() {
    return start;
  }

  public void setStart(String start) {
    this.start = start;
  }

  public String getRefusalReason() {
    return refusalReason;
  }

  public void setRefusalReason(String refusalReason) {
    this.refusalReason = refusalReason;
  }

  public String getRefusalDetails() {
    return refusalDetails;
  }

  public void setRefusalDetails(String refusalDetails) {
    this.refusalDetails = refusalDetails;
  }

  public String getEndReason() {
    return endReason;
  }

  public void setEndReason(String endReason) {
    this.endReason = endReason;
  }

  public String getEndDetails() {
    return endDetails;
  }

  public void setEndDetails(String endDetails) {
    this.endDetails = endDetails;
  }

  public String getMailSender() {
    return mailSender;
  }

  public void setMailSender(String mailSender) {
    this.mailSender = mailSender;
  }

  public String getMailDate() {
    return mailDate;
  }

  public void setMailDate(String mailDate) {
    this.mailDate = mailDate;
  }

  public boolean isMailRegistered() {
    return mailRegistered;
  }

  public void setMailRegistered(boolean mailRegistered) {
    this.mailRegistered = mailRegistered;
  }

  public Integer getMailCount() {
    return mailCount;
  }

  public void setMailCount(Integer mailCount) {
    this.mailCount = mailCount;
  }
}
