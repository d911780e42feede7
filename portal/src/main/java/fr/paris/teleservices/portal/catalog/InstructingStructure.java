package fr.paris.teleservices.portal.catalog;

/**
 * The kind of office that instructs a procedure's requests. The FAJP is run by the Mission Locale
 * de Paris, not by the EPS; domiciliation by the CASVP's domiciliation service (Paris Adresse).
 */
public enum InstructingStructure {
  /** Espace Parisien des Solidarités (ex-CASVP d'arrondissement). */
  EPS,
  MISSION_LOCALE,
  DOMICILIATION
}
