package fr.paris.teleservices.portal.catalog;

/** The type of a request form field or of a questionnaire answer. */
public enum FieldType {
  INTEGER,
  /** Whole euros. */
  MONEY,
  BOOLEAN,
  CHOICE,
  DATE,
  TEXT
}
