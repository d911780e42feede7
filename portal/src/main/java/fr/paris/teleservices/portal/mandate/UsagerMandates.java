package fr.paris.teleservices.portal.mandate;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.security.CurrentUser;
import fr.paris.teleservices.portal.web.CurrentLanguage;
import fr.paris.teleservices.portal.web.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Mes mandats": the requests of agents waiting for the person's approval, the mandates running
 * (each can be ended at once), past ones, and the journal of what agents did for them. Each row's
 * form carries the mandate's id; the service checks it is the person's own.
 */
@Named
@RequestScoped
public class UsagerMandates {

  /** The field each row's form posts with the mandate's public id. */
  static final String MANDATE_PARAMETER = "mandate";

  @Inject CurrentUser me;
  @Inject MandateService mandates;
  @Inject AgentActions actions;
  @Inject CurrentLanguage language;
  @Inject Page page;

  private List<Mandate> all;
  private List<AgentActions.Line> journal;

  private List<Mandate> all() {
    if (all == null) {
      all = mandates.ofUsager(me.require().getPublicId());
    }
    return all;
  }

  public List<Mandate> getPending() {
    Instant now = Instant.now();
    return all().stream().filter(m -> m.getState() == MandateState.PENDING && now.isBefore(m.getExpiresAt())).toList();
  }

  public List<Mandate> getActive() {
    Instant now = Instant.now();
    return all().stream().filter(m -> m.isActiveAt(now)).toList();
  }

  public List<Mandate> getPast() {
    Set<Mandate> current = Set.copyOf(getActive());
    Set<Mandate> pending = Set.copyOf(getPending());
    return all().stream().filter(m -> !current.contains(m) && !pending.contains(m)).toList();
  }

  /** What a mandate's state is now (a mandate past its time is expired even before the job records it). */
  public String stateOf(Mandate mandate) {
    if (!mandate.getState().isClosed() && !Instant.now().isBefore(mandate.getExpiresAt())) {
      return MandateState.EXPIRED.name();
    }
    return mandate.getState().name();
  }

  public String scopes(Mandate mandate) {
    return mandate.getScopes().stream()
        .map(s -> language.messages().get("mandate.scope." + s.name()))
        .collect(Collectors.joining(" · "));
  }

  public List<AgentActions.Line> getJournal() {
    if (journal == null) {
      journal = actions.of(me.require());
    }
    return journal;
  }

  /** A journal line in words. */
  public String describe(AgentActions.Line line) {
    var messages = language.messages();
    String reference = line.reference() == null ? "" : line.reference();
    return switch (line.source()) {
      case MANDATE ->
          line.code().equals(JournalAction.CONFIRMED.name())
              ? messages.format("mandate.journal.CONFIRMED", messages.get("mandate.consent." + reference))
              : messages.get("mandate.journal." + line.code());
      case REQUEST -> messages.format("mandate.journal.request", reference, messages.get("request.state." + line.code()));
      case DOMICILIATION ->
          messages.format("mandate.journal.domiciliation", messages.get("domiciliation.history." + line.code()));
      case DOCUMENT -> messages.format("mandate.journal.document." + line.code(), reference);
    };
  }

  public void approve() throws IOException {
    mandates.approve(usager(), posted());
    done("mandate.done.approved");
  }

  public void refuse() throws IOException {
    mandates.refuse(usager(), posted());
    done("mandate.done.refused");
  }

  public void end() throws IOException {
    mandates.endByUsager(usager(), posted());
    done("mandate.done.ended");
  }

  private Account usager() {
    return me.require();
  }

  private static String posted() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(MANDATE_PARAMETER);
  }

  private void done(String key) throws IOException {
    page.flash(key);
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/usager/mandates.xhtml");
  }
}
