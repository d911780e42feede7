package fr.paris.teleservices.portal.catalog.eligibility;

import fr.paris.teleservices.portal.catalog.FieldType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A question of "Suis-je éligible ?". Every question may be left unanswered. Texts: {@code
 * catalog.eligibility.question.<id>} (label), {@code .hint}, and {@code .option.<VALUE>} for a
 * CHOICE.
 */
public enum Question {
  AGE("age", FieldType.INTEGER, 0, 120, List.of()),
  HOUSEHOLD("household", FieldType.CHOICE, null, null, names(Household.values())),
  CHILDREN("children", FieldType.INTEGER, 0, 20, List.of()),
  DISABLED_CHILDREN("disabledChildren", FieldType.INTEGER, 0, 20, List.of()),
  MONTHLY_RESOURCES("monthlyResources", FieldType.MONEY, 0, null, List.of()),
  MONTHLY_HOUSING_COST("monthlyHousingCost", FieldType.MONEY, 0, null, List.of()),
  YEARS_IN_PARIS("yearsInParis", FieldType.INTEGER, 0, 120, List.of()),
  MOVED_BY_EMPLOYER("movedByEmployer", FieldType.BOOLEAN, null, null, List.of()),
  DISABILITY("disability", FieldType.CHOICE, null, null, names(Disability.values())),
  HOUSING("housing", FieldType.CHOICE, null, null, names(Housing.values())),
  PAYS_ENERGY_COSTS("paysEnergyCosts", FieldType.BOOLEAN, null, null, List.of()),
  INCOME_TAX("incomeTax", FieldType.MONEY, 0, null, List.of());

  private final String id;
  private final FieldType type;
  private final Integer min;
  private final Integer max;
  private final List<String> options;

  Question(String id, FieldType type, Integer min, Integer max, List<String> options) {
    this.id = id;
    this.type = type;
    this.min = min;
    this.max = max;
    this.options = options;
  }

  /** The name used in the catalog's {@code prefill} and in the bundle keys. */
  public String id() {
    return id;
  }

  public FieldType type() {
    return type;
  }

  public Integer min() {
    return min;
  }

  public Integer max() {
    return max;
  }

  public List<String> options() {
    return options;
  }

  public String labelKey() {
    return "catalog.eligibility.question." + id;
  }

  public String hintKey() {
    return labelKey() + ".hint";
  }

  public String optionKey(String option) {
    return labelKey() + ".option." + option;
  }

  public static Optional<Question> byId(String id) {
    return Arrays.stream(values()).filter(q -> q.id.equals(id)).findFirst();
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
