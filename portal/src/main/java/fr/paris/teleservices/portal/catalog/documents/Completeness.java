package fr.paris.teleservices.portal.catalog.documents;

import java.time.LocalDate;
import java.util.List;

/** Whether a request has every required document, requirement by requirement. */
public record Completeness(LocalDate submission, List<RequirementCheck> requirements) {

  public Completeness {
    requirements = List.copyOf(requirements);
  }

  public boolean complete() {
    return requirements.stream().noneMatch(RequirementCheck::blocking);
  }

  /** The requirements that keep the request incomplete, in the procedure's order. */
  public List<RequirementCheck> blocking() {
    return requirements.stream().filter(RequirementCheck::blocking).toList();
  }
}
