package fr.paris.teleservices.portal.catalog;

/** What the person receives; the amounts themselves are figures, described by the bundles. */
public enum NatureOfAid {
  /** A monthly payment that tops resources up to a ceiling (Paris Solidarité). */
  MONTHLY_TOP_UP,
  MONTHLY,
  YEARLY,
  ONE_OFF,
  /** Not money: a free transport pass, for instance. */
  IN_KIND,
  /** A service, such as a postal address. */
  SERVICE
}
