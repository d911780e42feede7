package fr.paris.teleservices.portal.domiciliation;

import fr.paris.teleservices.portal.account.Account;
import fr.paris.teleservices.portal.security.CurrentUser;
import fr.paris.teleservices.portal.web.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The domiciliation structure's lists: by state, attestations ending within two months, people
 * without contact for two months or more, and a search by number or name. Only for the staff of a
 * domiciliation structure (404 for anyone else).
 */
@Named
@RequestScoped
public class DomiciliationStaffList {

  @Inject CurrentUser me;
  @Inject DomiciliationQueue queue;

  private String tab;
  private String search;
  private int from;
  private DomiciliationQueue.Page page;
  private Map<StaffTab, Long> counts;

  /** View action. */
  public void requireStaff() {
    staff();
  }

  private Account staff() {
    Account account = me.require();
    if (!DomiciliationService.isDomiciliationStaff(account)) {
      throw new NotFound();
    }
    return account;
  }

  public StaffTab getFilter() {
    try {
      return tab == null ? StaffTab.REQUESTED : StaffTab.valueOf(tab);
    } catch (IllegalArgumentException unknown) {
      return StaffTab.REQUESTED;
    }
  }

  public List<StaffTab> getTabs() {
    return Arrays.asList(StaffTab.values());
  }

  public DomiciliationQueue.Page getPage() {
    if (page == null) {
      page = queue.page(staff().getStructure().getId(), getFilter(), search, from, today());
    }
    return page;
  }

  public Map<StaffTab, Long> getCounts() {
    if (counts == null) {
      counts = queue.counts(staff().getStructure().getId(), today());
    }
    return counts;
  }

  public boolean warnNoContact(DomiciliationQueue.Row row) {
    return row.state().isDomiciled() && DomiciliationRules.noContactWarning(row.lastContactAt(), today());
  }

  public boolean mayRadiate(DomiciliationQueue.Row row) {
    return row.state().isDomiciled() && DomiciliationRules.mayRadiateForNoContact(row.lastContactAt(), today());
  }

  public int getNextFrom() {
    return from + DomiciliationQueue.PAGE_SIZE;
  }

  public String getEncodedSearch() {
    return search == null ? "" : URLEncoder.encode(search, StandardCharsets.UTF_8);
  }

  private static LocalDate today() {
    return LocalDate.now(DomiciliationRules.PARIS);
  }

  public String getTab() {
    return tab;
  }

  public void setTab(String tab) {
    this.tab = tab;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public int getFrom() {
    return from;
  }

  public void setFrom(int from) {
    this.from = Math.max(0, from);
  }
}
