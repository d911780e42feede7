package fr.paris.teleservices.portal.catalog.eligibility;

import java.util.List;

/**
 * An eligibility condition of the catalog: a tree of {@link AllOf} and {@link AnyOf} whose leaves
 * check one or two answers. A leaf whose answer is missing says TO_CHECK, never UNLIKELY.
 */
public interface Condition {

  /** Prefix of every reason key. */
  String REASON = "catalog.eligibility.reason.";

  Result evaluate(Answers answers);

  /**
   * All must be met. Any condition not met makes the whole not met (even if others lack an
   * answer), with the first such reason; otherwise the first condition to check gives its reason.
   * Its progress ({@link Result#passed()}) counts the conditions met before the first one that is
   * not: list a branch's conditions from who it is for to the details.
   */
  record AllOf(List<Condition> conditions) implements Condition {

    public AllOf {
      conditions = List.copyOf(conditions);
    }

    @Override
    public Result evaluate(Answers answers) {
      Result firstNotMet = null;
      Result firstToCheck = null;
      int passed = 0;
      for (Condition condition : conditions) {
        Result result = condition.evaluate(answers);
        if (firstNotMet == null) {
          passed += result.passed();
        }
        if (result.outcome() == Outcome.UNLIKELY && firstNotMet == null) {
          firstNotMet = result;
        } else if (result.outcome() == Outcome.TO_CHECK && firstToCheck == null) {
          firstToCheck = result;
        }
      }
      if (firstNotMet != null) {
        return new Result(Outcome.UNLIKELY, firstNotMet.reason(), passed);
      }
      if (firstToCheck != null) {
        return new Result(Outcome.TO_CHECK, firstToCheck.reason(), passed);
      }
      return new Result(Outcome.LIKELY, null, passed);
    }
  }

  /**
   * One must be met. When none is and some lack an answer, the first of those gives the reason;
   * when all fail, the one that went furthest does (the first on a tie).
   */
  record AnyOf(List<Condition> conditions) implements Condition {

    public AnyOf {
      conditions = List.copyOf(conditions);
    }

    @Override
    public Result evaluate(Answers answers) {
      Result firstToCheck = null;
      Result furthest = null;
      for (Condition condition : conditions) {
        Result result = condition.evaluate(answers);
        if (result.outcome() == Outcome.LIKELY) {
          return result;
        }
        if (result.outcome() == Outcome.TO_CHECK) {
          if (firstToCheck == null) {
            firstToCheck = result;
          }
        } else if (furthest == null || result.passed() > furthest.passed()) {
          furthest = result;
        }
      }
      return firstToCheck != null ? firstToCheck : furthest;
    }
  }
}
