package fr.paris.teleservices.portal.catalog.documents;

/** {@code count} documents of one type, each meeting the validity rule. */
public record Piece(String documentType, int count, Validity validity) {}
