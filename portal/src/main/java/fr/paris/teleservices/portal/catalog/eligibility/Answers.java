package fr.paris.teleservices.portal.catalog.eligibility;

import java.util.Optional;

/**
 * The questionnaire's answers, any of which may be {@code null} (not answered). A plain value: it
 * is kept only for the page's lifetime, or used to prefill a request the person chooses to start.
 *
 * @param children dependent children living in the household
 * @param disabledChildren those of them entitled to the AEEH or the AAH
 * @param monthlyResources the household's monthly resources, in euros
 * @param monthlyHousingCost rent and charges per month, in euros
 * @param yearsInParis whole years of living in Paris over the last five
 * @param movedByEmployer the employer imposed the move to Paris (one year then suffices for the
 *     family aids)
 * @param incomeTax the household's income tax for the last year, in euros (Pass Paris)
 */
public record Answers(
    Integer age,
    Household household,
    Integer children,
    Integer disabledChildren,
    Integer monthlyResources,
    Integer monthlyHousingCost,
    Integer yearsInParis,
    Boolean movedByEmployer,
    Disability disability,
    Housing housing,
    Boolean paysEnergyCosts,
    Integer incomeTax) {

  public static final Answers NONE = builder().build();

  /**
   * A lone parent: living without a partner with at least one child. Derived rather than asked, so
   * that the answers cannot contradict each other.
   */
  public Optional<Boolean> singleParent() {
    if (household == null || children == null) {
      return Optional.empty();
    }
    return Optional.of(household == Household.SINGLE && children > 0);
  }

  /** The answer to one question, or {@code null}; CHOICE answers as the option's name. */
  public Object value(Question question) {
    return switch (question) {
      case AGE -> age;
      case HOUSEHOLD -> household == null ? null : household.name();
      case CHILDREN -> children;
      case DISABLED_CHILDREN -> disabledChildren;
      case MONTHLY_RESOURCES -> monthlyResources;
      case MONTHLY_HOUSING_COST -> monthlyHousingCost;
      case YEARS_IN_PARIS -> yearsInParis;
      case MOVED_BY_EMPLOYER -> movedByEmployer;
      case DISABILITY -> disability == null ? null : disability.name();
      case HOUSING -> housing == null ? null : housing.name();
      case PAYS_ENERGY_COSTS -> paysEnergyCosts;
      case INCOME_TAX -> incomeTax;
    };
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds answers one question at a time; unset answers stay {@code null}. */
  public static final class Builder {
    private Integer age;
    private Household household;
    private Integer children;
    private Integer disabledChildren;
    private Integer monthlyResources;
    private Integer monthlyHousingCost;
    private Integer yearsInParis;
    private Boolean movedByEmployer;
    private Disability disability;
    private Housing housing;
    private Boolean paysEnergyCosts;
    private Integer incomeTax;

    private Builder() {}

    public Builder age(Integer value) {
      age = value;
      return this;
    }

    public Builder household(Household value) {
      household = value;
      return this;
    }

    public Builder children(Integer value) {
      children = value;
      return this;
    }

    public Builder disabledChildren(Integer value) {
      disabledChildren = value;
      return this;
    }

    public Builder monthlyResources(Integer value) {
      monthlyResources = value;
      return this;
    }

    public Builder monthlyHousingCost(Integer value) {
      monthlyHousingCost = value;
      return this;
    }

    public Builder yearsInParis(Integer value) {
      yearsInParis = value;
      return this;
    }

    public Builder movedByEmployer(Boolean value) {
      movedByEmployer = value;
      return this;
    }

    public Builder disability(Disability value) {
      disability = value;
      return this;
    }

    public Builder housing(Housing value) {
      housing = value;
      return this;
    }

    public Builder paysEnergyCosts(Boolean value) {
      paysEnergyCosts = value;
      return this;
    }

    public Builder incomeTax(Integer value) {
      incomeTax = value;
      return this;
    }

    public Answers build() {
      return new Answers(
          age,
          household,
          children,
          disabledChildren,
          monthlyResources,
          monthlyHousingCost,
          yearsInParis,
          movedByEmployer,
          disability,
          housing,
          paysEnergyCosts,
          incomeTax);
    }
  }
}
