package fr.paris.teleservices.portal.catalog.eligibility;

import fr.paris.teleservices.portal.catalog.Figure;

/**
 * One line of a resource ceiling table: the ceiling applies to the households matching every
 * selector given ({@code null} selectors match anyone). When several lines match, the highest
 * ceiling applies (a disabled senior gets the better of the two).
 */
public record CeilingRow(
    Household household,
    Integer minChildren,
    Integer maxChildren,
    Boolean disabledChild,
    Boolean disabledAdult,
    Figure ceiling) {

  /** Whether the row depends on the children at all (then the reason names them). */
  public boolean aboutChildren() {
    return minChildren != null || maxChildren != null || disabledChild != null;
  }

  /** Whether any selector is set. */
  public boolean selective() {
    return household != null || aboutChildren() || disabledAdult != null;
  }

  /** TRUE, FALSE, or {@code null} when an answer it needs is missing. */
  Boolean matches(Answers answers) {
    boolean unknown = false;
    if (household != null) {
      if (answers.household() == null) {
        unknown = true;
      } else if (answers.household() != household) {
        return false;
      }
    }
    if (minChildren != null || maxChildren != null) {
      if (answers.children() == null) {
        unknown = true;
      } else if ((minChildren != null && answers.children() < minChildren)
          || (maxChildren != null && answers.children() > maxChildren)) {
        return false;
      }
    }
    if (disabledChild != null) {
      Boolean has = hasDisabledChild(answers);
      if (has == null) {
        unknown = true;
      } else if (has != disabledChild) {
        return false;
      }
    }
    if (disabledAdult != null) {
      if (answers.disability() == null || answers.disability() == Disability.UNSURE) {
        unknown = true;
      } else if ((answers.disability() == Disability.RECOGNISED) != disabledAdult) {
        return false;
      }
    }
    return unknown ? null : Boolean.TRUE;
  }

  private static Boolean hasDisabledChild(Answers answers) {
    if (answers.children() != null && answers.children() == 0) {
      return false;
    }
    return answers.disabledChildren() == null ? null : answers.disabledChildren() > 0;
  }
}
