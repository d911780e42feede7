package fr.paris.teleservices.portal.catalog.eligibility;

/** The questionnaire's answer for one procedure; labels are {@code catalog.eligibility.outcome.*}. */
public enum Outcome {
  LIKELY,
  TO_CHECK,
  UNLIKELY
}
