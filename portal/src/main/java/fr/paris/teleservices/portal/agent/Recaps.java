package fr.paris.teleservices.portal.agent;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import fr.paris.teleservices.i18n.Messages;
import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.catalog.CatalogService;
import fr.paris.teleservices.portal.catalog.CatalogTexts;
import fr.paris.teleservices.portal.catalog.Procedure;
import fr.paris.teleservices.portal.catalog.documents.RequirementCheck;
import fr.paris.teleservices.portal.config.ConfigKeys;
import fr.paris.teleservices.portal.domiciliation.Domiciliation;
import fr.paris.teleservices.portal.domiciliation.DomiciliationRules;
import fr.paris.teleservices.portal.domiciliation.DomiciliationService;
import fr.paris.teleservices.portal.dossier.CatalogCompleteness;
import fr.paris.teleservices.portal.dossier.Dossier;
import fr.paris.teleservices.portal.dossier.DossierService;
import fr.paris.teleservices.portal.dossier.DossierState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/** Builds the recap sheet of a visit, in a given language (the page's, or the person's for the PDF). */
@ApplicationScoped
public class Recaps {

  @Inject DossierService dossiers;
  @Inject CatalogService catalog;
  @Inject CatalogCompleteness completeness;
  @Inject DomiciliationService domiciliations;

  public Recap of(Account usager, String loginId, String recoveryCode, Messages messages) {
    CatalogTexts texts = new CatalogTexts(messages);
    LocalDate today = LocalDate.now(DomiciliationRules.PARIS);
    List<Recap.Request> requests = new ArrayList<>();
    for (Dossier dossier : dossiers.ofUsager(usager.getPublicId())) {
      if (dossier.getState() == DossierState.WITHDRAWN) {
        continue;
      }
      Procedure procedure = catalog.catalog().get(dossier.getProcedureId());
      List<String> missing = new ArrayList<>();
      if (dossier.getState() == DossierState.DRAFT || dossier.getState() == DossierState.INCOMPLETE) {
        for (RequirementCheck check : completeness.checkDetailed(dossier, dossiers.pieces(dossier), today).requirements()) {
          if (check.blocking()) {
            missing.add(texts.missing(procedure, check, today));
          }
        }
      }
      requests.add(
          new Recap.Request(
              texts.name(procedure),
              dossier.getNumber(),
              messages.get("request.state." + dossier.getState().name()),
              dossier.getReceivedOn() == null ? "" : date(dossier.getReceivedOn(), messages),
              missing));
    }
    return new Recap(
        usager.getDisplayName(),
        loginId != null ? loginId : Optional.ofNullable(usager.getLoginId()).map(String::toUpperCase).orElse(null),
        usager.getPhone(),
        usager.getEmail(),
        recoveryCode,
        portal(),
        requests,
        domiciliation(usager, messages));
  }

  private String domiciliation(Account usager, Messages messages) {
    Optional<Domiciliation> current = domiciliations.current(usager.getPublicId());
    if (current.isEmpty()) {
      return null;
    }
    Domiciliation d = current.get();
    String state = messages.get("domiciliation.state." + d.getState().name());
    if (d.getState().isDomiciled()) {
      return messages.format("assisted.recap.domiciliation.granted", state, domiciliations.address(d).oneLine(),
          date(d.getValidUntil(), messages));
    }
    if (d.getAppointmentAt() != null) {
      return messages.format("assisted.recap.domiciliation.appointment", state, dateTime(d.getAppointmentAt(), messages),
          d.getAppointmentPlace());
    }
    return state;
  }

  static String portal() {
    String url = ConfigProvider.getConfig().getOptionalValue(ConfigKeys.PUBLIC_URL, String.class).orElse("http://localhost:8080");
    try {
      URI uri = URI.create(url.strip());
      return uri.getHost() == null ? url : uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  static String date(LocalDate date, Messages messages) {
    DateFormat format = DateFormat.getDateInstance(DateFormat.LONG, messages.language().uLocale());
    format.setTimeZone(TimeZone.getTimeZone(DomiciliationRules.PARIS.getId()));
    return format.format(Date.from(date.atStartOfDay(DomiciliationRules.PARIS).toInstant()));
  }

  static String dateTime(Instant instant, Messages messages) {
    DateFormat format = DateFormat.getDateTimeInstance(DateFormat.LONG, DateFormat.SHORT, messages.language().uLocale());
    format.setTimeZone(TimeZone.getTimeZone(DomiciliationRules.PARIS.getId()));
    return format.format(Date.from(instant));
  }
}
