package fr.paris.teleservices.portal.catalog;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The catalog for the application's lifetime, read once. The first call to {@link #catalog()}
 * loads and validates it and throws a {@link CatalogException} if an entry is malformed: calling it
 * at start-up stops a portal with a broken catalog.
 */
@ApplicationScoped
public class CatalogService {

  private volatile Catalog catalog;

  public Catalog catalog() {
    Catalog loaded = catalog;
    if (loaded == null) {
      synchronized (this) {
        loaded = catalog;
        if (loaded == null) {
          loaded = CatalogLoader.load();
          catalog = loaded;
        }
      }
    }
    return loaded;
  }
}
