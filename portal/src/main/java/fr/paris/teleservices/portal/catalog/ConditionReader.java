package fr.paris.teleservices.portal.catalog;

import fr.paris.teleservices.portal.catalog.eligibility.CeilingRow;
import fr.paris.teleservices.portal.catalog.eligibility.Condition;
import fr.paris.teleservices.portal.catalog.eligibility.Household;
import fr.paris.teleservices.portal.catalog.eligibility.Housing;
import fr.paris.teleservices.portal.catalog.eligibility.PersonChecks;
import fr.paris.teleservices.portal.catalog.eligibility.ResourceChecks;
import fr.paris.teleservices.portal.catalog.eligibility.SituationChecks;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an eligibility condition: a mapping with one field, the condition's kind, e.g. {@code
 * allOf: [...]}, {@code minAge: 18}, {@code maxMonthlyResources: [{household: SINGLE, ceiling:
 * seniorSingle}]}, {@code disabledAdult: true}. Amounts are never written in a condition: they
 * name one of the procedure's figures, which the texts show too.
 */
final class ConditionReader {

  static final List<String> KINDS =
      List.of(
          "allOf", "anyOf", "minAge", "maxAge", "senior", "disabledAdult", "disabledChild",
          "minChildren", "maxChildren", "singleParent", "household", "housingIn", "housingNotIn",
          "minYearsInParis", "paysEnergyCosts", "maxMonthlyResources", "maxIncomeTax",
          "minHousingEffortRate", "assessedBy");

  private final Map<String, Figure> figures;

  ConditionReader(Map<String, Figure> figures) {
    this.figures = figures;
  }

  Condition read(Node node) {
    Map<String, Node> fields = node.mapping();
    if (fields.size() != 1) {
      throw node.error("a condition has exactly one field, its kind (one of " + String.join(", ", KINDS) + ")");
    }
    Map.Entry<String, Node> entry = fields.entrySet().iterator().next();
    Node value = entry.getValue();
    return switch (entry.getKey()) {
      case "allOf" -> new Condition.AllOf(readAll(value));
      case "anyOf" -> new Condition.AnyOf(readAll(value));
      case "minAge" -> new PersonChecks.MinAge(value.atLeast(0, "age"));
      case "maxAge" -> new PersonChecks.MaxAge(value.atLeast(0, "age"));
      case "senior" -> senior(value);
      case "disabledAdult" -> flag(value, new PersonChecks.DisabledAdult());
      case "disabledChild" -> flag(value, new PersonChecks.DisabledChild());
      case "minChildren" -> new PersonChecks.MinChildren(value.atLeast(0, "number of children"));
      case "maxChildren" -> new PersonChecks.MaxChildren(value.atLeast(0, "number of children"));
      case "singleParent" -> flag(value, new PersonChecks.SingleParent());
      case "household" -> new PersonChecks.HouseholdIs(value.enumValue(Household.class));
      case "housingIn" -> new PersonChecks.HousingIn(housings(value), false);
      case "housingNotIn" -> new PersonChecks.HousingIn(housings(value), true);
      case "minYearsInParis" -> minYearsInParis(value);
      case "paysEnergyCosts" -> flag(value, new SituationChecks.PaysEnergyCosts());
      case "maxMonthlyResources" -> maxMonthlyResources(value);
      case "maxIncomeTax" -> maxIncomeTax(value);
      case "minHousingEffortRate" ->
          new ResourceChecks.MinHousingEffortRate(figure(value).value());
      case "assessedBy" -> new SituationChecks.AssessedBy(value.enumValue(InstructingStructure.class));
      default ->
          throw node.get(entry.getKey())
              .error("unknown condition kind '" + entry.getKey() + "' (expected one of "
                  + String.join(", ", KINDS) + ")");
    };
  }

  private List<Condition> readAll(Node list) {
    List<Condition> conditions = new ArrayList<>();
    for (Node item : list.nonEmptyList()) {
      conditions.add(read(item));
    }
    return conditions;
  }

  private static Condition flag(Node value, Condition condition) {
    if (!value.bool()) {
      throw value.error("write the condition as 'true', or leave it out");
    }
    return condition;
  }

  private static Condition senior(Node value) {
    value.allowOnly("age", "inaptitudeAge");
    int age = value.required("age").atLeast(0, "age");
    int inaptitudeAge = value.get("inaptitudeAge").present()
        ? value.get("inaptitudeAge").atLeast(0, "age")
        : age;
    if (inaptitudeAge > age) {
      throw value.get("inaptitudeAge").error("must not be above age " + age);
    }
    return new PersonChecks.Senior(age, inaptitudeAge);
  }

  private static Set<Housing> housings(Node value) {
    Set<Housing> housings = EnumSet.noneOf(Housing.class);
    for (Node item : value.nonEmptyList()) {
      housings.add(item.enumValue(Housing.class));
    }
    return housings;
  }

  private static Condition minYearsInParis(Node value) {
    value.allowOnly("years", "movedByEmployerYears");
    int years = value.required("years").atLeast(0, "number of years");
    Node moved = value.get("movedByEmployerYears");
    Integer movedYears = moved.present() ? moved.atLeast(0, "number of years") : null;
    if (movedYears != null && movedYears > years) {
      throw moved.error("must not be above years " + years);
    }
    return new SituationChecks.MinYearsInParis(years, movedYears);
  }

  private Condition maxMonthlyResources(Node value) {
    List<CeilingRow> rows = new ArrayList<>();
    for (Node row : value.nonEmptyList()) {
      row.allowOnly(
          "household", "minChildren", "maxChildren", "disabledChild", "disabledAdult", "ceiling");
      rows.add(
          new CeilingRow(
              row.get("household").present() ? row.get("household").enumValue(Household.class) : null,
              optionalCount(row.get("minChildren")),
              optionalCount(row.get("maxChildren")),
              row.get("disabledChild").present() ? row.get("disabledChild").bool() : null,
              row.get("disabledAdult").present() ? row.get("disabledAdult").bool() : null,
              figure(row.required("ceiling"))));
    }
    return new ResourceChecks.MaxMonthlyResources(rows);
  }

  private Condition maxIncomeTax(Node value) {
    value.allowOnly("ceiling", "renewalCeiling");
    Figure ceiling = figure(value.required("ceiling"));
    Figure renewal = value.get("renewalCeiling").present() ? figure(value.get("renewalCeiling")) : null;
    if (renewal != null && renewal.value() < ceiling.value()) {
      throw value.get("renewalCeiling").error("must not be below the first-request ceiling");
    }
    return new ResourceChecks.MaxIncomeTax(ceiling, renewal);
  }

  private static Integer optionalCount(Node node) {
    return node.present() ? node.atLeast(0, "number of children") : null;
  }

  /** A reference to one of the procedure's figures, by name. */
  private Figure figure(Node node) {
    String name = node.text();
    Figure figure = figures.get(name);
    if (figure == null) {
      throw node.error("unknown figure '" + name + "' (declare it under figures)");
    }
    return figure;
  }
}
