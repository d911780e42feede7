package fr.paris.teleservices.portal.catalog.eligibility;

import fr.paris.teleservices.portal.catalog.Procedure;
import fr.paris.teleservices.portal.catalog.Text;
import java.util.Collection;
import java.util.List;

/** Answers "Suis-je éligible ?" for each procedure of the catalog. */
public final class EligibilityEvaluator {

  private EligibilityEvaluator() {}

  public static Assessment assess(Procedure procedure, Answers answers) {
    Result result = procedure.eligibility().evaluate(answers);
    Text reason =
        result.outcome() == Outcome.LIKELY
            ? Text.of(Condition.REASON + "likely." + procedure.instructingStructure().name())
            : result.reason();
    return new Assessment(procedure, result.outcome(), reason, procedure.requirements());
  }

  public static List<Assessment> assessAll(Collection<Procedure> procedures, Answers answers) {
    return procedures.stream().map(p -> assess(p, answers)).toList();
  }
}
