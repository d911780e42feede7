package fr.paris.teleservices.portal.catalog.eligibility;

/** Living alone or as a couple (married, PACS or cohabiting), children aside. */
public enum Household {
  SINGLE,
  COUPLE
}
