package fr.paris.teleservices.portal.dossier;

import fr.paris.teleservices.portal.catalog.FieldType;
import fr.paris.teleservices.portal.catalog.FormField;
import fr.paris.teleservices.portal.catalog.Procedure;
import fr.paris.teleservices.portal.catalog.InstructingStructure;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Server-side checks of a request's answers, field by field, so that each problem is shown next
 * to its field. A draft may be saved with answers missing; a request is filed only when every
 * required answer is there.
 */
public final class AnswerCheck {

  /** One problem: which field, and the message key that explains it. */
  public record Problem(String fieldId, String messageKey) {}

  /** The portal's own question for requests an EPS instructs: where the person lives. */
  public static final FormField ARRONDISSEMENT =
      new FormField(CatalogRouting.ARRONDISSEMENT, FieldType.INTEGER, true, 1, 20, List.of(), null);

  private AnswerCheck() {}

  /** The fields of a procedure's form, in order, the portal's own first. */
  public static List<FormField> fields(Procedure procedure) {
    List<FormField> fields = new ArrayList<>();
    if (procedure.instructingStructure() == InstructingStructure.EPS) {
      fields.add(ARRONDISSEMENT);
    }
    fields.addAll(procedure.fields());
    return fields;
  }

  /** The answers normalised (numbers without spaces, trimmed text) and the problems found. */
  public record Result(Map<String, String> answers, List<Problem> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  public static Result check(Procedure procedure, Map<String, String> typed, boolean forSubmission) {
    Map<String, String> clean = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (FormField field : fields(procedure)) {
      String raw = typed.get(field.id());
      String value = raw == null ? "" : raw.strip();
      if (value.isEmpty()) {
        if (forSubmission && field.required()) {
          problems.add(new Problem(field.id(), "request.error.required"));
        }
        continue;
      }
      String problem = null;
      switch (field.type()) {
        case INTEGER, MONEY -> {
          String digits = value.replaceAll("[\\s\\u00a0\\u202f€]", "");
          try {
            long n = Long.parseLong(digits);
            if ((field.min() != null && n < field.min()) || (field.max() != null && n > field.max())) {
              problem = "request.error.range";
            } else {
              value = Long.toString(n);
            }
          } catch (NumberFormatException e) {
            problem = "request.error.number";
          }
        }
        case BOOLEAN -> {
          if (!value.equals("true") && !value.equals("false")) {
            problem = "request.error.choice";
          }
        }
        case CHOICE -> {
          if (!field.options().contains(value)) {
            problem = "request.error.choice";
          }
        }
        case DATE -> {
          try {
            LocalDate.parse(value);
          } catch (DateTimeParseException e) {
            problem = "request.error.date";
          }
        }
        case TEXT -> {
          if (value.length() > 1000) {
            problem = "request.error.too-long";
          }
        }
      }
      if (problem == null) {
        clean.put(field.id(), value);
      } else {
        problems.add(new Problem(field.id(), problem));
      }
    }
    return new Result(clean, problems);
  }
}
