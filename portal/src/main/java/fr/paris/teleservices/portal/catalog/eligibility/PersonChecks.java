package fr.paris.teleservices.portal.catalog.eligibility;

import java.util.Set;

/** Leaf conditions on who the person is: age, disability, household, children. */
public final class PersonChecks {

  private PersonChecks() {}

  public record MinAge(int years) implements Condition {
    @Override
    public Result evaluate(Answers answers) {
      if (answers.age() == null) {
        return Result.toCheck("age.missing");
      }
      return answers.age() >= years ? Result.met() : Result.notMet("age.tooYoung", "min", years);
    }
  }

  public record MaxAge(int years) implements Condition {
    @Override
    public Result evaluate(Answers answers) {
      if (answers.age() == null) {
        return Result.toCheck("age.missing");
      }
      return answers.age() <= years ? Result.met() : Result.notMet("age.tooOld", "max", years);
    }
  }

  /**
   * A "personne âgée" in the Règlement municipal (II/A art. 2): 65 or over, or 60 to 64 with an
   * old-age pension granted for unfitness for work, which the questionnaire does not ask.
   */
  public record Senior(int age, int inaptitudeAge) implements Condition {
    @Override
    public Result evaluate(Answers answers) {
      if (answers.age() == null) {
        return Result.toCheck("age.missing");
      }
      if (answers.age() >= age) {
        return Result.met();
      }
      if (answers.age() >= inaptitudeAge) {
        return Result.toCheck("senior.inaptitude", "from", inaptitudeAge, "age", age);
      }
      return Result.notMet("senior.tooYoung", "age", age);
    }
  }

  public record DisabledAdult() implements Condition {
    @Override
    public Result evaluate(Answers answers) {
      if (answers.disability() == null) {
        return Result.toCheck("disability.missing");
      }
      return switch (answers.disability()) {
        case RECOGNISED -> Result.met();
        case UNSURE -> Result.toCheck("disability.unsure");
        case NONE -> Result.notMet("disability.none");
      };
    }
  }

  /** At least one child entitled to the AEEH or the AAH. */
  public record DisabledChild() implements Condition {
    @Override
    public Result evaluate(Answers answers) {
      if (answers.children() != null && answers.children() == 0) {
        return Result.notMet("disabledChild.none");
      }
      if (answers.disabledChildren() == null) {
        return Result.toCheck("disabledChild.missing");
      }
      return answers.disabledChildren() > 0 ? Result.met() : Result.notMet("disabledChild.none");
    }
  }

  public record MinChildren(int count) implements Condition {
    @Override
    public Result evaluate(Answers answers) {
      if (answers.children() == null) {
        return Result.toCheck("children.missing");
      }
      return answers.children() >= count
          ? Result.met()
          : Result.notMet("children.tooFew", "min", count);
    }
  }

  public record MaxChildren(int count) implements Condition {
    @Override
    public Result evaluate(Answers answers) {
      if (answers.children() == null) {
        return Result.toCheck("children.missing");
      }
      return answers.children() <= count
          ? Result.met()
          : Result.notMet("children.tooMany", "max", count);
    }
  }

  public record SingleParent() implements Condition {
    @Override
    public Result evaluate(Answers answers) {
      return answers
          .singleParent()
          .map(lone -> lone ? Result.met() : Result.notMet("singleParent.no"))
          .orElseGet(() -> Result.toCheck("household.missing"));
    }
  }

  public record HouseholdIs(Household household) implements Condition {
    @Override
    public Result evaluate(Answers answers) {
      if (answers.household() == null) {
        return Result.toCheck("household.missing");
      }
      return answers.household() == household
          ? Result.met()
          : Result.notMet("household.only." + household.name());
    }
  }

  /** The person's housing is one of these ({@code housingIn}) or none of these. */
  public record HousingIn(Set<Housing> housings, boolean excluded) implements Condition {

    public HousingIn {
      housings = Set.copyOf(housings);
    }

    @Override
    public Result evaluate(Answers answers) {
      if (answers.housing() == null) {
        return Result.toCheck("housing.missing");
      }
      boolean listed = housings.contains(answers.housing());
      return listed != excluded
          ? Result.met()
          : Result.notMet("housing.excluded." + answers.housing().name());
    }
  }
}
