package fr.paris.teleservices.portal.catalog.eligibility;

import fr.paris.teleservices.portal.catalog.InstructingStructure;

/** Leaf conditions on the person's situation: years in Paris, energy costs, assessment. */
public final class SituationChecks {

  private SituationChecks() {}

  /**
   * Years of living in Paris (Règlement municipal, titre I art. 2: 3 years over the last 5). For
   * the family aids and Paris Logement for a couple with a child, 1 year suffices when the employer
   * imposed the move ({@code movedByEmployerYears}, or {@code null}).
   */
  public record MinYearsInParis(int years, Integer movedByEmployerYears) implements Condition {
    @Override
    public Result evaluate(Answers answers) {
      Integer lived = answers.yearsInParis();
      if (lived == null) {
        return Result.toCheck("residence.missing");
      }
      if (lived >= years) {
        return Result.met();
      }
      if (movedByEmployerYears == null) {
        return Result.notMet("residence.short", "years", lived, "required", years);
      }
      if (lived >= movedByEmployerYears && Boolean.TRUE.equals(answers.movedByEmployer())) {
        return Result.met();
      }
      return Result.notMet(
          "residence.shortUnlessMoved",
          "years", lived, "required", years, "movedByEmployerYears", movedByEmployerYears);
    }
  }

  /** Pays its own energy bills, or contributes to them when housed (Paris Énergie Familles). */
  public record PaysEnergyCosts() implements Condition {
    @Override
    public Result evaluate(Answers answers) {
      if (answers.paysEnergyCosts() == null) {
        return Result.toCheck("energy.missing");
      }
      return answers.paysEnergyCosts() ? Result.met() : Result.notMet("energy.no");
    }
  }

  /**
   * No fixed conditions the questionnaire could check: a social worker (allocation exceptionnelle)
   * or the Mission Locale (FAJP) assesses the situation. Always TO_CHECK.
   */
  public record AssessedBy(InstructingStructure structure) implements Condition {
    @Override
    public Result evaluate(Answers answers) {
      return Result.toCheck("assessment." + structure.name());
    }
  }
}
