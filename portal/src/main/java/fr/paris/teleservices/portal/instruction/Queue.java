package fr.paris.teleservices.portal.instruction;

import fr.paris.teleservices.portal.catalog.CatalogService;
import fr.paris.teleservices.portal.catalog.CatalogTexts;
import fr.paris.teleservices.portal.dossier.DossierQueue;
import fr.paris.teleservices.portal.dossier.QueueFilter;
import fr.paris.teleservices.portal.dossier.QueuePage;
import fr.paris.teleservices.portal.security.CurrentUser;
import fr.paris.teleservices.portal.web.CurrentLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The instructor's queue: the requests of their structure by tab (new, incomplete with days left,
 * under review, decided), searchable by number or name, paged.
 */
@Named("queue")
@RequestScoped
public class Queue {

  @Inject DossierQueue queue;
  @Inject CurrentUser me;
  @Inject CatalogService catalog;
  @Inject CurrentLanguage language;

  private String tab;
  private String search;
  private String after;
  private QueuePage page;

  public List<QueueFilter> getTabs() {
    return Arrays.asList(QueueFilter.values());
  }

  public QueueFilter getFilter() {
    try {
      return tab == null ? QueueFilter.NEW : QueueFilter.valueOf(tab);
    } catch (IllegalArgumentException unknown) {
      return QueueFilter.NEW;
    }
  }

  public Map<QueueFilter, Long> getCounts() {
    return queue.counts(structureId());
  }

  public QueuePage getPage() {
    if (page == null) {
      page = queue.page(structureId(), getFilter(), search, after);
    }
    return page;
  }

  public String procedureName(String procedureId) {
    return catalog.catalog().find(procedureId).map(p -> new CatalogTexts(language.messages()).name(p)).orElse(procedureId);
  }

  public long daysLeft(LocalDate completeBy) {
    return completeBy == null ? 0 : ChronoUnit.DAYS.between(LocalDate.now(ZoneId.of("Europe/Paris")), completeBy);
  }

  private long structureId() {
    return me.require().getStructure().getId();
  }

  public String getTab() {
    return tab;
  }

  public void setTab(String tab) {
    this.tab = tab;
  }

  /** The search, ready for a link's query string. */
  public String getEncodedSearch() {
    return search == null ? "" : java.net.URLEncoder.encode(search, java.nio.charset.StandardCharsets.UTF_8);
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public String getAfter() {
    return after;
  }

  public void setAfter(String after) {
    this.after = after;
  }
}
