package fr.paris.teleservices.portal.catalog.eligibility;

import fr.paris.teleservices.portal.catalog.Figure;
import fr.paris.teleservices.portal.catalog.Text;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Leaf conditions on money: resource ceilings, income tax, the share of rent in resources. */
public final class ResourceChecks {

  private ResourceChecks() {}

  /**
   * Monthly resources at or below the ceiling of the household's row. A ceiling that is only
   * indicative never gives UNLIKELY, and neither does a row that might apply if a missing answer
   * were given.
   */
  public record MaxMonthlyResources(List<CeilingRow> rows) implements Condition {

    public MaxMonthlyResources {
      rows = List.copyOf(rows);
    }

    @Override
    public Result evaluate(Answers answers) {
      Integer resources = answers.monthlyResources();
      if (resources == null) {
        return Result.toCheck("resources.missing");
      }
      Comparator<CeilingRow> byCeiling = Comparator.comparingInt(r -> r.ceiling().value());
      Optional<CeilingRow> applies =
          rows.stream().filter(r -> Boolean.TRUE.equals(r.matches(answers))).max(byCeiling);
      Optional<CeilingRow> mightApply =
          rows.stream().filter(r -> !Boolean.FALSE.equals(r.matches(answers))).max(byCeiling);
      if (mightApply.isEmpty()) {
        return Result.toCheck("resources.noCeiling");
      }
      if (applies.isPresent() && resources <= applies.get().ceiling().value()) {
        return Result.met();
      }
      int highest = mightApply.get().ceiling().value();
      if (resources <= highest) {
        return Result.toCheck("resources.depends", "resources", resources, "ceiling", highest);
      }
      CeilingRow binding = applies.orElse(mightApply.get());
      int ceiling = binding.ceiling().value();
      if (binding.ceiling().indicative() || mightApply.get().ceiling().indicative()) {
        return Result.toCheck("resources.indicative", "resources", resources, "ceiling", ceiling);
      }
      if (!binding.selective()) {
        return Result.notMet("resources.above", "resources", resources, "ceiling", ceiling);
      }
      return Result.notMet(
          "resources.aboveFor",
          "resources",
          resources,
          "ceiling",
          ceiling,
          "situation",
          situation(binding, answers));
    }

    private static Text situation(CeilingRow row, Answers answers) {
      String household = answers.household() == null ? "UNKNOWN" : answers.household().name();
      if (row.aboutChildren() && answers.children() != null) {
        return Text.of(
            REASON + "situation.children", "household", household, "children", answers.children());
      }
      return Text.of(REASON + "situation.household", "household", household);
    }
  }

  /**
   * Income tax at or below the ceiling (Pass Paris). Between the first-request and the renewal
   * ceilings it depends on whether the request renews a pass that ended less than 3 months ago.
   */
  public record MaxIncomeTax(Figure ceiling, Figure renewalCeiling) implements Condition {
    @Override
    public Result evaluate(Answers answers) {
      Integer tax = answers.incomeTax();
      if (tax == null) {
        return Result.toCheck("incomeTax.missing");
      }
      if (tax <= ceiling.value()) {
        return Result.met();
      }
      if (renewalCeiling != null && tax <= renewalCeiling.value()) {
        return Result.toCheck(
            "incomeTax.renewal", "tax", tax, "ceiling", ceiling.value(),
            "renewalCeiling", renewalCeiling.value());
      }
      if (ceiling.indicative()) {
        return Result.toCheck("incomeTax.indicative", "tax", tax, "ceiling", ceiling.value());
      }
      return Result.notMet("incomeTax.above", "tax", tax, "ceiling", ceiling.value());
    }
  }

  /** Rent and charges make up at least this share of the household's resources (Paris Logement). */
  public record MinHousingEffortRate(int percent) implements Condition {
    @Override
    public Result evaluate(Answers answers) {
      Integer cost = answers.monthlyHousingCost();
      Integer resources = answers.monthlyResources();
      if (cost == null || resources == null) {
        return Result.toCheck("effortRate.missing", "percent", percent);
      }
      if (resources <= 0 || cost * 100L >= (long) percent * resources) {
        return Result.met();
      }
      return Result.notMet("effortRate.low", "cost", cost, "percent", percent);
    }
  }
}
