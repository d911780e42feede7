package fr.paris.teleservices.portal.agent;

import fr.paris.teleservices.portal.mandate.AssistedVisit;
import fr.paris.teleservices.portal.mandate.Mandate;
import fr.paris.teleservices.portal.mandate.MandateNotFound;
import fr.paris.teleservices.portal.mandate.MandateService;
import fr.paris.teleservices.portal.mandate.MandateState;
import fr.paris.teleservices.portal.mandate.Scope;
import fr.paris.teleservices.portal.security.CurrentUser;
import fr.paris.teleservices.portal.web.CurrentLanguage;
import fr.paris.teleservices.portal.web.Page;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * Asking the person's consent for a mandate: the agent sees only a masked identity, sends a code by
 * SMS that the person types on this screen, or waits while the person approves in their own space
 * on their phone. Once consented, the agent acts for the person.
 */
@Named
@ViewScoped
public class ConsentPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser me;
  @Inject MandateService mandates;
  @Inject Page page;
  @Inject CurrentLanguage language;

  private String id;
  private String code;
  private transient Mandate mandate;

  /** View action: the agent's own pending request; once consented, straight to the person's space. */
  public void load() throws IOException {
    mandate = mandates.ofAgent(me.require(), id).orElseThrow(MandateNotFound::new);
    if (mandate.isActiveAt(Instant.now())) {
      start();
    } else if (mandate.getState() != MandateState.PENDING || !Instant.now().isBefore(mandate.getExpiresAt())) {
      page.flash("assisted.consent.lapsed");
      Redirects.to("/agent/index.xhtml");
    }
  }

  public Mandate getMandate() {
    if (mandate == null) {
      mandate = mandates.ofAgent(me.require(), id).orElseThrow(MandateNotFound::new);
    }
    return mandate;
  }

  public MaskedIdentity getIdentity() {
    return MaskedIdentity.of(getMandate().getUsager());
  }

  public Set<Scope> getScopes() {
    return getMandate().getScopes();
  }

  /** The scopes in words, for the person to hear what they consent to. */
  public String getScopesText() {
    return getScopes().stream()
        .map(s -> language.messages().get("mandate.scope." + s.name()))
        .collect(java.util.stream.Collectors.joining(" · "));
  }

  public boolean isPhone() {
    return getMandate().getUsager().getPhone() != null;
  }

  public boolean isCodeSent() {
    return getMandate().getCodeSends() > 0;
  }

  public void sendCode() throws IOException, SQLException {
    MandateService.SendOutcome outcome = mandates.sendCode(me.require(), id);
    if (outcome == MandateService.SendOutcome.SENT) {
      page.flash("assisted.consent.code-sent");
    } else {
      page.flash("assisted.consent.send." + outcome.name().toLowerCase(Locale.ROOT));
    }
    Redirects.to("/agent/consent.xhtml?mandate=" + id);
  }

  public void confirm() throws IOException {
    MandateService.CodeOutcome outcome = mandates.confirmCode(me.require(), id, code);
    switch (outcome) {
      case CONFIRMED -> start();
      case WRONG_CODE, EXPIRED ->
          page.error("consent:code", "assisted.consent.code." + outcome.name().toLowerCase(Locale.ROOT));
      case REFUSED, NOT_PENDING -> {
        page.flash("assisted.consent.code." + outcome.name().toLowerCase(Locale.ROOT));
        Redirects.to("/agent/index.xhtml");
      }
    }
  }

  /** The agent asks whether the person approved on their phone. */
  public void check() throws IOException {
    Mandate fresh = mandates.ofAgent(me.require(), id).orElseThrow(MandateNotFound::new);
    if (fresh.isActiveAt(Instant.now())) {
      mandate = fresh;
      start();
      return;
    }
    page.flash("assisted.consent.not-yet");
    Redirects.to("/agent/consent.xhtml?mandate=" + id);
  }

  public void cancel() throws IOException {
    mandates.endByAgent(me.require(), id);
    page.flash("assisted.consent.cancelled");
    Redirects.to("/agent/index.xhtml");
  }

  private void start() throws IOException {
    Mandate active = mandates.ofAgent(me.require(), id).orElseThrow(MandateNotFound::new);
    AssistedVisit.enter(Redirects.session(), active);
    page.flash("assisted.done.started", active.getUsager().getDisplayName());
    Redirects.to("/usager/demarches.xhtml");
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
