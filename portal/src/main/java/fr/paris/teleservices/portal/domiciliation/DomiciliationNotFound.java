package fr.paris.teleservices.portal.domiciliation;

import fr.paris.teleservices.portal.web.NotFound;

/** The domiciliation does not exist for this person (or belongs to someone else): pages answer 404. */
public class DomiciliationNotFound extends NotFound {

  private static final long serialVersionUID = 1L;
}
