package fr.paris.teleservices.portal.catalog.eligibility;

/**
 * Whether the person counts as "handicapé" for the Règlement municipal (titre III): holder of the
 * AAH, ACTP, PCH aides humaines, a 2nd/3rd-category invalidity pension, a work-accident annuity for
 * at least 80 % incapacity… There is no other disability-rate criterion.
 */
public enum Disability {
  NONE,
  /** Receives one of the benefits above. */
  RECOGNISED,
  /** Has a disability but does not know whether a benefit above applies. */
  UNSURE
}
