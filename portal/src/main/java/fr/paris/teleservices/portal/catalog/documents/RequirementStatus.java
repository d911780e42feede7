package fr.paris.teleservices.portal.catalog.documents;

/** Where a request stands on one requirement. */
public enum RequirementStatus {
  SATISFIED,
  /** Nothing, or not enough, of the closest alternative is attached. */
  MISSING,
  /** The closest alternative would be met but for documents that are out of date. */
  EXPIRED,
  /** An optional requirement with nothing attached: the request is complete without it. */
  OPTIONAL_NOT_PROVIDED
}
