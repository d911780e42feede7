package fr.paris.teleservices.portal.domiciliation;

/**
 * The link with Paris that entitles a person to a domiciliation by the city's social action centre
 * (catalog-facts §6; DomiFa {@code UsagerEntretienLienCommune}).
 */
public enum CommuneLink {
  /** Staying in Paris on the day of the request. */
  STAYING,
  /** Working in Paris. */
  WORK,
  /** Followed by a social or medico-social service in Paris. */
  SOCIAL_FOLLOW_UP,
  /** Family ties with a person living in Paris. */
  FAMILY,
  /** A child schooled in Paris. */
  CHILD_SCHOOL
}
