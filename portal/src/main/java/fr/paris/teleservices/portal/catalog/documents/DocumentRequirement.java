package fr.paris.teleservices.portal.catalog.documents;

import java.util.List;

/**
 * One thing the request must prove, met by any one of its alternatives; an alternative is met when
 * all its pieces are. Its text is {@code catalog.<procedure>.papers.<id>}, or the shared {@code
 * catalog.papers.<id>}.
 *
 * @param optional the document may be attached but cannot be required (domiciliation's identity
 *     document: an ID "may be requested but must not be a prerequisite")
 */
public record DocumentRequirement(String id, boolean optional, List<List<Piece>> anyOf) {

  public DocumentRequirement {
    anyOf = anyOf.stream().map(List::copyOf).toList();
  }
}
