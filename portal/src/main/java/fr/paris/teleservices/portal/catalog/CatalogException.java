package fr.paris.teleservices.portal.catalog;

/**
 * The catalog cannot be used: its message names the file and the field at fault, e.g. {@code
 * catalog/paris-logement.yaml: requirements[1].anyOf[0][0].documentType: unknown document type
 * 'PASSPORT'}. Thrown at start-up, it stops the portal.
 */
public class CatalogException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CatalogException(String message) {
    super(message);
  }

  public CatalogException(String message, Throwable cause) {
    super(message, cause);
  }
}
