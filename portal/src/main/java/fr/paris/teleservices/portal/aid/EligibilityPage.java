package fr.paris.teleservices.portal.aid;

import fr.paris.teleservices.portal.catalog.CatalogService;
import fr.paris.teleservices.portal.catalog.eligibility.Answers;
import fr.paris.teleservices.portal.catalog.eligibility.Assessment;
import fr.paris.teleservices.portal.catalog.eligibility.Disability;
import fr.paris.teleservices.portal.catalog.eligibility.EligibilityEvaluator;
import fr.paris.teleservices.portal.catalog.eligibility.Household;
import fr.paris.teleservices.portal.catalog.eligibility.Housing;
import fr.paris.teleservices.portal.catalog.eligibility.Question;
import fr.paris.teleservices.portal.web.Page;
import jakarta.faces.view.ViewScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Suis-je éligible ?": a few questions, every one optional, and per aid an answer with its reason
 * and the papers to prepare. Nothing is stored; only when the person starts a request from here do
 * the answers travel, in their session, to prefill it.
 */
@Named("eligibility")
@ViewScoped
public class EligibilityPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Session attribute holding the answers until the request they prefill is created. */
  public static final String PENDING_ANSWERS = "portal.eligibility.answers";

  @Inject CatalogService catalog;
  @Inject Page page;

  private final HashMap<String, String> answers = new HashMap<>();
  /** Kept for the page's life: the "start a request" buttons next to each result post back. */
  private transient List<Assessment> results;

  public List<Question> getQuestions() {
    return Arrays.asList(Question.values());
  }

  public Map<String, String> getAnswers() {
    return answers;
  }

  /** The id of the question's input, which depends on its kind. */
  public String inputId(Question q) {
    return switch (q.type()) {
      case CHOICE -> "choice";
      case BOOLEAN -> "bool";
      default -> "number";
    };
  }

  public List<Assessment> getResults() {
    return results;
  }

  public void assess() {
    Answers parsed = parse();
    if (parsed != null) {
      results = EligibilityEvaluator.assessAll(catalog.catalog().aids(), parsed);
    }
  }

  /** Starts a request for one aid, its form prefilled with these answers. */
  public void start(String procedureId) throws IOException {
    Answers parsed = parse();
    if (parsed == null) {
      return;
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.getSessionMap().put(PENDING_ANSWERS, parsed);
    String start = "/usager/start.xhtml?procedure=" + procedureId;
    // Someone not logged in logs in (or signs up from there) and comes back to start the request.
    String target =
        external.getUserPrincipal() == null
            ? "/login.xhtml?next=" + java.net.URLEncoder.encode(start, java.nio.charset.StandardCharsets.UTF_8)
            : start;
    external.redirect(external.getRequestContextPath() + target);
  }

  /** The answers, or null (with a message next to each wrong field) when one does not parse. */
  private Answers parse() {
    Answers.Builder builder = Answers.builder();
    boolean valid = true;
    List<Question> questions = getQuestions();
    for (int i = 0; i < questions.size(); i++) {
      Question q = questions.get(i);
      String raw = answers.get(q.id());
      if (raw == null || raw.isBlank()) {
        continue;
      }
      try {
        apply(builder, q, raw.strip());
      } catch (IllegalArgumentException wrong) {
        valid = false;
        page.error("eligibility:questions:" + i + ":" + inputId(q), "eligibility.error.number");
      }
    }
    if (!valid) {
      page.error(null, "form.has-errors");
    }
    return valid ? builder.build() : null;
  }

  private static void apply(Answers.Builder b, Question q, String raw) {
    switch (q) {
      case AGE -> b.age(number(raw, q));
      case HOUSEHOLD -> b.household(Household.valueOf(raw));
      case CHILDREN -> b.children(number(raw, q));
      case DISABLED_CHILDREN -> b.disabledChildren(number(raw, q));
      case MONTHLY_RESOURCES -> b.monthlyResources(number(raw, q));
      case MONTHLY_HOUSING_COST -> b.monthlyHousingCost(number(raw, q));
      case YEARS_IN_PARIS -> b.yearsInParis(number(raw, q));
      case MOVED_BY_EMPLOYER -> b.movedByEmployer(Boolean.valueOf(raw));
      case DISABILITY -> b.disability(Disability.valueOf(raw));
      case HOUSING -> b.housing(Housing.valueOf(raw));
      case PAYS_ENERGY_COSTS -> b.paysEnergyCosts(Boolean.valueOf(raw));
      case INCOME_TAX -> b.incomeTax(number(raw, q));
    }
  }

  /** A whole number within the question's bounds; spaces and a trailing "€" are forgiven. */
  static int number(String raw, Question q) {
    String digits = raw.replaceAll("[\\s\\u00a0\\u202f€]", "");
    int value = Integer.parseInt(digits);
    if ((q.min() != null && value < q.min()) || (q.max() != null && value > q.max())) {
      throw new IllegalArgumentException("out of bounds");
    }
    return value;
  }
}
