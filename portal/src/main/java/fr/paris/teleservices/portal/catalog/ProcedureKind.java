package fr.paris.teleservices.portal.catalog;

/** What a procedure of the catalog leads to. */
public enum ProcedureKind {
  /** An aide sociale facultative of the City (CASVP). */
  AID,
  /** An élection de domicile: a postal address for a person without a stable home. */
  DOMICILIATION
}
