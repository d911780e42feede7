package fr.paris.teleservices.portal.catalog;

import com.ibm.icu.text.MessageFormat;
import fr.paris.teleservices.portal.catalog.documents.DocumentRequirement;
import fr.paris.teleservices.portal.catalog.documents.Piece;
import fr.paris.teleservices.portal.catalog.eligibility.Question;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads and validates one catalog file, {@code catalog/<id>.yaml}. */
final class ProcedureReader {

  static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
  private static final String FIGURE_NAME = "[a-z][A-Za-z0-9]*";
  private static final List<String> FIELDS =
      List.of(
          "id", "kind", "officialName", "instructingStructure", "revealsHealth", "nature",
          "decisionValidityMonths", "rules", "papersRules", "figures", "uncertainties", "fields",
          "eligibility", "requirements");

  private final Function<String, String> frenchText;

  /** @param frenchText the French pattern of a bundle key, or {@code null} when it has none */
  ProcedureReader(Function<String, String> frenchText) {
    this.frenchText = frenchText;
  }

  Procedure read(Node root) {
    root.mapping();
    root.allowOnly(FIELDS.toArray(String[]::new));
    Node idNode = root.required("id");
    String id = idNode.text();
    if (!id.matches(SLUG)) {
      throw idNode.error("'" + id + "' is not a lower-case slug such as paris-logement");
    }
    String expectedFile = id + ".yaml";
    if (!root.file().endsWith("/" + expectedFile) && !root.file().equals(expectedFile)) {
      throw idNode.error("the file of procedure '" + id + "' must be named " + expectedFile);
    }
    ProcedureKind kind = root.required("kind").enumValue(ProcedureKind.class);
    InstructingStructure structure =
        root.required("instructingStructure").enumValue(InstructingStructure.class);
    if ((kind == ProcedureKind.DOMICILIATION) != (structure == InstructingStructure.DOMICILIATION)) {
      throw root.get("instructingStructure")
          .error("a domiciliation, and only a domiciliation, is instructed by a DOMICILIATION structure");
    }
    RulesSource rules = rules(root.required("rules"));
    Map<String, Figure> figures = figures(root.get("figures"), rules.reliability());
    Node validity = root.get("decisionValidityMonths");
    Procedure procedure =
        new Procedure(
            id,
            root.file(),
            kind,
            root.required("officialName").text(),
            structure,
            root.required("revealsHealth").bool(),
            root.required("nature").enumValue(NatureOfAid.class),
            figures,
            rules,
            rules(root.required("papersRules")),
            validity.present() ? validity.atLeast(1, "number of months") : null,
            fields(root.get("fields")),
            new ConditionReader(figures).read(root.required("eligibility")),
            RequirementReader.read(root.required("requirements")),
            uncertainties(root.get("uncertainties")));
    checkDomiciliationPieces(procedure, root);
    checkTexts(procedure, root);
    return procedure;
  }

  private static RulesSource rules(Node node) {
    node.allowOnly("source", "date", "reliability");
    LocalDate date = null;
    Node dateNode = node.get("date");
    if (dateNode.present()) {
      try {
        date = LocalDate.parse(dateNode.text());
      } catch (DateTimeParseException e) {
        throw dateNode.error("expected a date such as 2024-02-01");
      }
    }
    return new RulesSource(
        node.required("source").text(), date, node.required("reliability").enumValue(Reliability.class));
  }

  /** {@code name: 1129} or {@code name: {value: 1129, indicative: true}}. */
  private static Map<String, Figure> figures(Node node, Reliability reliability) {
    Map<String, Figure> figures = new LinkedHashMap<>();
    if (!node.present()) {
      return figures;
    }
    for (Map.Entry<String, Node> entry : node.mapping().entrySet()) {
      String name = entry.getKey();
      Node value = entry.getValue();
      if (!name.matches(FIGURE_NAME)) {
        throw value.error("a figure name is a word in lowerCamelCase, such as ceilingSingle");
      }
      boolean indicative = reliability != Reliability.VERIFIED;
      Node number = value;
      if (value.isMapping()) {
        value.allowOnly("value", "indicative");
        number = value.required("value");
        if (value.get("indicative").present()) {
          indicative = value.get("indicative").bool();
        }
      }
      figures.put(name, new Figure(name, number.atLeast(0, "amount"), indicative));
    }
    return figures;
  }

  private static List<FormField> fields(Node node) {
    List<FormField> fields = new ArrayList<>();
    if (!node.present()) {
      return fields;
    }
    Set<String> ids = new HashSet<>();
    for (Node field : node.list()) {
      field.allowOnly("id", "type", "required", "min", "max", "options", "prefill");
      Node idNode = field.required("id");
      String id = idNode.text();
      if (!id.matches(FIGURE_NAME)) {
        throw idNode.error("a field id is a word in lowerCamelCase, such as monthlyResources");
      }
      if (!ids.add(id)) {
        throw idNode.error("duplicate field id '" + id + "'");
      }
      FieldType type = field.required("type").enumValue(FieldType.class);
      boolean numeric = type == FieldType.INTEGER || type == FieldType.MONEY;
      Integer min = bound(field.get("min"), numeric);
      Integer max = bound(field.get("max"), numeric);
      if (min != null && max != null && min > max) {
        throw field.get("max").error("must not be below min " + min);
      }
      List<String> options = new ArrayList<>();
      Node optionsNode = field.get("options");
      if (type == FieldType.CHOICE) {
        for (Node option : field.required("options").nonEmptyList()) {
          if (!option.text().matches("[A-Z][A-Z0-9_]*")) {
            throw option.error("an option is an UPPER_CASE code");
          }
          options.add(option.text());
        }
      } else if (optionsNode.present()) {
        throw optionsNode.error("only a CHOICE field has options");
      }
      Question prefill = prefill(field.get("prefill"), type, options);
      boolean required = field.get("required").present() && field.get("required").bool();
      fields.add(new FormField(id, type, required, min, max, options, prefill));
    }
    return fields;
  }

  private static Integer bound(Node node, boolean numeric) {
    if (!node.present()) {
      return null;
    }
    if (!numeric) {
      throw node.error("only an INTEGER or MONEY field has bounds");
    }
    return node.integer();
  }

  private static Question prefill(Node node, FieldType type, List<String> options) {
    if (!node.present()) {
      return null;
    }
    String name = node.text();
    Question question =
        Question.byId(name)
            .orElseThrow(
                () ->
                    node.error(
                        "unknown prefill answer '" + name + "' (expected one of "
                            + Arrays.stream(Question.values()).map(Question::id).collect(Collectors.joining(", "))
                            + ")"));
    if (question.type() != type) {
      throw node.error("answer '" + name + "' is " + question.type() + ", the field is " + type);
    }
    for (String option : options) {
      if (!question.options().contains(option)) {
        throw node.error("option " + option + " is not an answer of '" + name + "' " + question.options());
      }
    }
    return question;
  }

  private static List<String> uncertainties(Node node) {
    List<String> notes = new ArrayList<>();
    if (node.present()) {
      for (Node note : node.list()) {
        notes.add(note.text());
      }
    }
    return notes;
  }

  /**
   * An identity document "may be requested but must not be a prerequisite" of a domiciliation
   * (CASF D.264; catalog facts §6): such pieces can only be optional.
   */
  private static void checkDomiciliationPieces(Procedure procedure, Node root) {
    if (procedure.kind() != ProcedureKind.DOMICILIATION) {
      return;
    }
    List<DocumentRequirement> requirements = procedure.requirements();
    for (int i = 0; i < requirements.size(); i++) {
      DocumentRequirement requirement = requirements.get(i);
      boolean identity =
          requirement.anyOf().stream()
              .flatMap(List::stream)
              .map(Piece::documentType)
              .anyMatch(t -> t.equals("IDENTITY") || t.equals("RESIDENCE_PERMIT"));
      if (identity && !requirement.optional()) {
        throw root.get("requirements[" + i + "]")
            .error("an identity document cannot be required for a domiciliation: mark it optional: true");
      }
    }
  }

  /** Every text a person reads about the entry exists in French, and uses only known figures. */
  private void checkTexts(Procedure procedure, Node root) {
    Node idNode = root.get("id");
    for (String suffix : List.of("name", "audience", "conditions", "amount")) {
      String pattern = french(procedure.textKey(suffix), idNode);
      Set<String> unknown = new HashSet<>(arguments(pattern, procedure.textKey(suffix), idNode));
      unknown.removeAll(procedure.figures().keySet());
      if (!unknown.isEmpty()) {
        throw root.get("figures")
            .error("text " + procedure.textKey(suffix) + " uses " + unknown + ", not declared as figures");
      }
    }
    List<DocumentRequirement> requirements = procedure.requirements();
    for (int i = 0; i < requirements.size(); i++) {
      String id = requirements.get(i).id();
      String own = procedure.textKey("papers." + id);
      if (frenchText.apply(own) == null) {
        french("catalog.papers." + id, root.get("requirements[" + i + "].id"));
      }
    }
    List<FormField> fields = procedure.fields();
    for (int i = 0; i < fields.size(); i++) {
      FormField field = fields.get(i);
      french("catalog.field." + field.id(), root.get("fields[" + i + "].id"));
      for (int j = 0; j < field.options().size(); j++) {
        french(
            "catalog.field." + field.id() + ".option." + field.options().get(j),
            root.get("fields[" + i + "].options[" + j + "]"));
      }
    }
  }

  private String french(String key, Node at) {
    String pattern = frenchText.apply(key);
    if (pattern == null) {
      throw at.error("no French text '" + key + "' in i18n/catalog_fr.properties");
    }
    return pattern;
  }

  private static Set<String> arguments(String pattern, String key, Node at) {
    try {
      return new MessageFormat(pattern, Locale.FRENCH).getArgumentNames();
    } catch (IllegalArgumentException e) {
      throw at.error("text " + key + " is not a valid ICU message: " + e.getMessage());
    }
  }
}
