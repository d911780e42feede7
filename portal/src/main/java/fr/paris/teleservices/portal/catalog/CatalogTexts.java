package fr.paris.teleservices.portal.catalog;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.TimeZone;
import fr.paris.teleservices.i18n.Language;
import fr.paris.teleservices.i18n.Messages;
import fr.paris.teleservices.portal.catalog.documents.DocumentRequirement;
import fr.paris.teleservices.portal.catalog.documents.Piece;
import fr.paris.teleservices.portal.catalog.documents.PieceCheck;
import fr.paris.teleservices.portal.catalog.documents.RequirementCheck;
import fr.paris.teleservices.portal.catalog.documents.RequirementStatus;
import fr.paris.teleservices.portal.catalog.documents.Validity;
import fr.paris.teleservices.portal.catalog.eligibility.Assessment;
import fr.paris.teleservices.portal.catalog.eligibility.Outcome;
import fr.paris.teleservices.portal.catalog.eligibility.Question;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalog's words in one language: every text about a procedure, an eligibility answer or a
 * missing document goes through here, from the {@code catalog} bundle family. Numbers, plurals and
 * lists follow the language's CLDR rules (Arabic has six plural forms).
 */
public final class CatalogTexts {

  private static final String PREFIX = "catalog.";

  private final Messages messages;

  public CatalogTexts(Messages messages) {
    this.messages = messages;
  }

  public static CatalogTexts of(String languageCode) {
    return new CatalogTexts(Messages.of(languageCode));
  }

  public Language language() {
    return messages.language();
  }

  // --- Procedures ------------------------------------------------------------------------------

  /** The name in this language; show {@link Procedure#officialName()} beside it. */
  public String name(Procedure procedure) {
    return messages.get(procedure.textKey("name"));
  }

  /** "Qui peut en bénéficier ?", in plain words. */
  public String audience(Procedure procedure) {
    return messages.format(procedure.textKey("audience"), figures(procedure));
  }

  public String conditions(Procedure procedure) {
    return messages.format(procedure.textKey("conditions"), figures(procedure));
  }

  /** The amount or nature of the aid, followed by a warning when a figure is only indicative. */
  public String amount(Procedure procedure) {
    String amount = messages.format(procedure.textKey("amount"), figures(procedure));
    return procedure.hasIndicativeFigures() ? amount + " " + messages.get(PREFIX + "indicative") : amount;
  }

  public String structure(Procedure procedure) {
    return messages.get(PREFIX + "structure." + procedure.instructingStructure().name());
  }

  /** Where the rules come from, their date and how reliable they are. */
  public String rules(Procedure procedure) {
    return source(procedure.rules());
  }

  public String papersSource(Procedure procedure) {
    return source(procedure.papersRules());
  }

  private String source(RulesSource rules) {
    String reliability = messages.get(PREFIX + "reliability." + rules.reliability().name());
    if (rules.date() == null) {
      return messages.format(
          PREFIX + "rules.undated", Map.of("source", rules.source(), "reliability", reliability));
    }
    return messages.format(
        PREFIX + "rules",
        Map.of("source", rules.source(), "date", date(rules.date()), "reliability", reliability));
  }

  // --- Eligibility -----------------------------------------------------------------------------

  public String outcome(Outcome outcome) {
    return messages.get(PREFIX + "eligibility.outcome." + outcome.name());
  }

  public String reason(Assessment assessment) {
    return text(assessment.reason());
  }

  /** Renders a text, its {@link Text} arguments first. */
  public String text(Text text) {
    Map<String, Object> args = new LinkedHashMap<>();
    text.args().forEach((name, value) -> args.put(name, value instanceof Text t ? text(t) : value));
    return messages.format(text.key(), args);
  }

  public String question(Question question) {
    return messages.get(question.labelKey());
  }

  public String hint(Question question) {
    return messages.get(question.hintKey());
  }

  public String option(Question question, String option) {
    return messages.get(question.optionKey(option));
  }

  /** "Oui", "Non", "Je ne sais pas": the answers to a BOOLEAN question. */
  public String answer(Boolean value) {
    return messages.get(
        PREFIX + "eligibility.answer." + (value == null ? "UNKNOWN" : value ? "YES" : "NO"));
  }

  public String fieldLabel(FormField field) {
    return messages.get(PREFIX + "field." + field.id());
  }

  public String fieldOption(FormField field, String option) {
    return messages.get(PREFIX + "field." + field.id() + ".option." + option);
  }

  // --- Documents -------------------------------------------------------------------------------

  /** The name of a document type, e.g. "Quittance de loyer". */
  public String documentType(String code) {
    return messages.get(PREFIX + "document.type." + code);
  }

  /** A number of documents of one type, e.g. "3 quittances de loyer". */
  public String documents(String code, int count) {
    return messages.format(PREFIX + "document.count." + code, Map.of("count", count));
  }

  /** A number of documents with their validity rule, e.g. "1 titre de séjour en cours de validité". */
  public String piece(Piece piece, int count, LocalDate submission) {
    String documents = documents(piece.documentType(), count);
    Validity validity = piece.validity();
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("documents", documents);
    String key =
        switch (validity.kind()) {
          case ANY -> "validity.ANY";
          case CURRENT -> "validity.CURRENT";
          case ISSUED_WITHIN_MONTHS -> {
            if (validity.value() % 12 == 0) {
              args.put("years", validity.value() / 12);
              yield "validity.ISSUED_WITHIN_YEARS";
            }
            args.put("months", validity.value());
            yield "validity.ISSUED_WITHIN_MONTHS";
          }
          case TAX_YEAR -> {
            args.put("lastYear", String.valueOf(validity.lastTaxYear(submission)));
            if (validity.value() == 1) {
              yield "validity.TAX_YEAR";
            }
            args.put("firstYear", String.valueOf(validity.firstTaxYear(submission)));
            yield "validity.TAX_YEARS";
          }
        };
    return messages.format(PREFIX + key, args);
  }

  /** Each alternative of a requirement, its pieces joined: "3 quittances… et 3 factures…". */
  public List<String> alternatives(DocumentRequirement requirement, LocalDate submission) {
    List<String> alternatives = new ArrayList<>();
    for (List<Piece> pieces : requirement.anyOf()) {
      List<String> parts = new ArrayList<>();
      for (Piece piece : pieces) {
        parts.add(piece(piece, piece.count(), submission));
      }
      alternatives.add(list(ListFormatter.Type.AND, parts));
    }
    return alternatives;
  }

  /** What the requirement proves, e.g. "Vos 3 ans de vie à Paris". */
  public String requirementTitle(Procedure procedure, DocumentRequirement requirement) {
    String own = procedure.textKey("papers." + requirement.id());
    return messages.has(own) ? messages.get(own) : messages.get(PREFIX + "papers." + requirement.id());
  }

  /** One line of the papers to prepare: the title and the documents that prove it. */
  public String paper(Procedure procedure, DocumentRequirement requirement, LocalDate submission) {
    return messages.format(
        PREFIX + (requirement.optional() ? "papers.lineOptional" : "papers.line"),
        Map.of(
            "title", requirementTitle(procedure, requirement),
            "documents", anyOf(requirement, submission)));
  }

  /**
   * The alternatives of a requirement as one phrase. When an alternative has several documents, a
   * plain "or" list would be ambiguous ("A, B and C or D"): alternatives are then set apart ("A ;
   * ou B et C").
   */
  public String anyOf(DocumentRequirement requirement, LocalDate submission) {
    List<String> alternatives = alternatives(requirement, submission);
    boolean compound = requirement.anyOf().stream().anyMatch(pieces -> pieces.size() > 1);
    if (!compound) {
      return list(ListFormatter.Type.OR, alternatives);
    }
    String phrase = alternatives.get(0);
    for (String next : alternatives.subList(1, alternatives.size())) {
      phrase = messages.format(PREFIX + "papers.orElse", Map.of("previous", phrase, "next", next));
    }
    return phrase;
  }

  /** The papers to prepare for a procedure, one line per requirement. */
  public List<String> papers(Procedure procedure, LocalDate submission) {
    return procedure.requirements().stream().map(r -> paper(procedure, r, submission)).toList();
  }

  public String status(RequirementStatus status) {
    return messages.get(PREFIX + "completeness.status." + status.name());
  }

  /**
   * Exactly what is missing for a requirement, e.g. "Vos 3 ans de vie à Paris : il manque 1
   * quittance de loyer de moins de 5 ans."; {@code null} when it is satisfied.
   */
  public String missing(Procedure procedure, RequirementCheck check, LocalDate submission) {
    if (check.status() == RequirementStatus.SATISFIED) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (PieceCheck piece : check.missingPieces()) {
      parts.add(piece(piece.piece(), piece.missing(), submission));
    }
    String key =
        switch (check.status()) {
          case EXPIRED -> "completeness.expired";
          case OPTIONAL_NOT_PROVIDED -> "completeness.optional";
          default -> "completeness.missing";
        };
    return messages.format(
        PREFIX + key,
        Map.of(
            "title", requirementTitle(procedure, check.requirement()),
            "documents", list(ListFormatter.Type.AND, parts)));
  }

  // --- Helpers ---------------------------------------------------------------------------------

  private String list(ListFormatter.Type type, List<String> items) {
    return ListFormatter.getInstance(language().uLocale(), type, ListFormatter.Width.WIDE)
        .format(items);
  }

  private String date(LocalDate date) {
    DateFormat format = DateFormat.getDateInstance(DateFormat.LONG, language().uLocale());
    format.setTimeZone(TimeZone.GMT_ZONE);
    return format.format(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
  }

  private static Map<String, Object> figures(Procedure procedure) {
    Map<String, Object> args = new LinkedHashMap<>();
    procedure.figures().forEach((name, figure) -> args.put(name, figure.value()));
    return args;
  }
}
