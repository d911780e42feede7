package fr.paris.teleservices.portal.reminder;

import fr.paris.teleservices.notifications.reminder.ReminderSchedule;
import fr.paris.teleservices.portal.catalog.CatalogService;
import fr.paris.teleservices.portal.catalog.CatalogTexts;
import fr.paris.teleservices.portal.catalog.Procedure;
import fr.paris.teleservices.portal.security.CurrentUser;
import fr.paris.teleservices.portal.web.CurrentLanguage;
import fr.paris.teleservices.portal.web.Page;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The administrator sets, per procedure, when SMS reminders go for an incomplete request: days
 * after it became incomplete, days before its deadline, and how many at most.
 */
@Named
@ViewScoped
public class ReminderAdministration implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ReminderSchedules schedules;
  @Inject CatalogService catalog;
  @Inject CurrentLanguage language;
  @Inject CurrentUser me;
  @Inject Page page;

  private final HashMap<String, String> after = new HashMap<>();
  private final HashMap<String, String> before = new HashMap<>();
  private final HashMap<String, String> max = new HashMap<>();

  @PostConstruct
  void load() {
    for (Procedure p : getProcedures()) {
      ReminderSchedule s = schedules.of(p.id());
      after.put(p.id(), join(s.daysAfterIncomplete()));
      before.put(p.id(), join(s.daysBeforeDeadline()));
      max.put(p.id(), Integer.toString(s.maxCount()));
    }
  }

  public List<Procedure> getProcedures() {
    return catalog.catalog().aids();
  }

  public String name(Procedure procedure) {
    return new CatalogTexts(language.messages()).name(procedure);
  }

  public void save(String procedureId, int index) throws IOException {
    ReminderSchedule schedule;
    try {
      schedule =
          ReminderSchedule.parse(
              "after=" + clean(after.get(procedureId)) + ";before=" + clean(before.get(procedureId))
                  + ";max=" + clean(max.get(procedureId)));
    } catch (IllegalArgumentException wrong) {
      page.error("schedules:rows:" + index + ":after", "admin.reminders.invalid");
      return;
    }
    schedules.set(procedureId, schedule, me.require().getPublicId());
    page.flash("admin.reminders.saved", name(catalog.catalog().get(procedureId)));
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/admin/reminders.xhtml");
  }

  private static String clean(String value) {
    return value == null ? "" : value.replaceAll("[^0-9,]", "");
  }

  private static String join(List<Integer> days) {
    return days.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  public Map<String, String> getAfter() {
    return after;
  }

  public Map<String, String> getBefore() {
    return before;
  }

  public Map<String, String> getMax() {
    return max;
  }
}
