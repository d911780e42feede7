package fr.paris.teleservices.portal.mandate;

import fr.paris.teleservices.portal.web.NotFound;

/** The mandate does not exist for this person, or is not theirs: pages answer 404. */
public class MandateNotFound extends NotFound {

  private static final long serialVersionUID = 1L;
}
