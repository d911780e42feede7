package fr.paris.teleservices.portal.catalog.eligibility;

import fr.paris.teleservices.portal.catalog.Text;

/**
 * The result of one condition.
 *
 * @param reason why, in one sentence; {@code null} when the condition is met
 * @param passed how many leaf conditions were met before the first one that is not: among
 *     alternatives that all fail, the reason shown is that of the one that went furthest (the
 *     70-year-old with 1 500 € hears about the seniors' ceiling, not about disability)
 */
public record Result(Outcome outcome, Text reason, int passed) {

  static Result met() {
    return new Result(Outcome.LIKELY, null, 1);
  }

  static Result notMet(String reason, Object... args) {
    return new Result(Outcome.UNLIKELY, Text.of(Condition.REASON + reason, args), 0);
  }

  static Result toCheck(String reason, Object... args) {
    return new Result(Outcome.TO_CHECK, Text.of(Condition.REASON + reason, args), 0);
  }
}
