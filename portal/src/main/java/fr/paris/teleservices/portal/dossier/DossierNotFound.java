package fr.paris.teleservices.portal.dossier;

/**
 * The request does not exist for this person — whether it does not exist at all or belongs to
 * someone else: pages answer 404 either way, never revealing that it exists.
 */
public class DossierNotFound extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DossierNotFound() {
    super("No such request for this person");
  }
}
