package fr.paris.teleservices.portal.web;

/**
 * Thrown by a page bean when what the address names does not exist for this person (or belongs to
 * someone else): the page answers 404, never 403 and never the content.
 */
public class NotFound extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotFound() {
    super("Not found for this person");
  }
}
