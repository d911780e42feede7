package fr.paris.teleservices.portal.catalog;

/**
 * How far a rule or a figure can be trusted, as marked in the catalog facts: [V] verified in a
 * current source, [V-old] verified in a dated source, [U] not found in any source.
 */
public enum Reliability {
  VERIFIED,
  DATED,
  UNCERTAIN
}
