package fr.paris.teleservices.portal.catalog.eligibility;

import fr.paris.teleservices.portal.catalog.FieldType;
import fr.paris.teleservices.portal.catalog.FormField;
import fr.paris.teleservices.portal.catalog.Procedure;
import java.util.LinkedHashMap;
import java.util.Map;

/** The request form values that the questionnaire's answers fill in. */
public final class Prefill {

  private Prefill() {}

  /**
   * Field id to value, for the fields whose {@code prefill} question was answered; a CHOICE answer
   * the field does not offer is left out, and so is a number outside the field's bounds.
   */
  public static Map<String, Object> values(Procedure procedure, Answers answers) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (FormField field : procedure.fields()) {
      if (field.prefill() == null) {
        continue;
      }
      Object value = answers.value(field.prefill());
      if (value == null
          || (field.type() == FieldType.CHOICE && !field.options().contains(value))
          || !withinBounds(field, value)) {
        continue;
      }
      values.put(field.id(), value);
    }
    return values;
  }

  private static boolean withinBounds(FormField field, Object value) {
    if (!(value instanceof Integer number)) {
      return true;
    }
    return (field.min() == null || number >= field.min())
        && (field.max() == null || number <= field.max());
  }
}
