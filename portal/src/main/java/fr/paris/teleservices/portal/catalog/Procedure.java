package fr.paris.teleservices.portal.catalog;

import fr.paris.teleservices.portal.catalog.documents.DocumentRequirement;
import fr.paris.teleservices.portal.catalog.eligibility.Condition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of the catalog: an aid or domiciliation, as read from {@code catalog/<id>.yaml}. Its
 * texts are the bundle keys {@code catalog.<id>.name}, {@code .audience}, {@code .conditions} and
 * {@code .amount}; the official French name is kept here too, to be shown beside the translation.
 *
 * @param file the resource the entry was read from, for messages about it
 * @param revealsHealth the aid's name discloses a disability or a health condition: it must never
 *     appear in an SMS, a log or any text a third party might read
 * @param figures the numbers of the rules, by name, in file order
 * @param rules where the eligibility rules and figures come from
 * @param papersRules where the list of supporting documents comes from
 * @param decisionValidityMonths how long a granted decision lasts, or {@code null} for a one-off
 * @param uncertainties notes for the catalog's maintainers on what the sources did not confirm
 */
public record Procedure(
    String id,
    String file,
    ProcedureKind kind,
    String officialName,
    InstructingStructure instructingStructure,
    boolean revealsHealth,
    NatureOfAid nature,
    Map<String, Figure> figures,
    RulesSource rules,
    RulesSource papersRules,
    Integer decisionValidityMonths,
    List<FormField> fields,
    Condition eligibility,
    List<DocumentRequirement> requirements,
    List<String> uncertainties) {

  public Procedure {
    figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    fields = List.copyOf(fields);
    requirements = List.copyOf(requirements);
    uncertainties = List.copyOf(uncertainties);
  }

  /** The bundle key of one of this procedure's texts, e.g. {@code catalog.paris-logement.name}. */
  public String textKey(String suffix) {
    return "catalog." + id + "." + suffix;
  }

  /** Whether any figure of this procedure is only indicative. */
  public boolean hasIndicativeFigures() {
    return figures.values().stream().anyMatch(Figure::indicative);
  }

  public Optional<FormField> field(String fieldId) {
    return fields.stream().filter(f -> f.id().equals(fieldId)).findFirst();
  }

  public Optional<DocumentRequirement> requirement(String requirementId) {
    return requirements.stream().filter(r -> r.id().equals(requirementId)).findFirst();
  }
}
