package fr.paris.teleservices.portal.catalog.eligibility;

/** Where the person lives. */
public enum Housing {
  /** Named on a lease. */
  TENANT,
  /** Owner or home-buyer (accédant à la propriété). */
  OWNER,
  /** Housed free of charge by family or friends. */
  HOSTED,
  HOTEL,
  /** A hostel, a social residence, an emergency shelter. */
  SHELTER,
  /** No home at all. */
  HOMELESS
}
