package fr.paris.teleservices.i18n;

/** Writing direction of a language, as written in the {@code dir} attribute of a page. */
public enum Direction {
  LTR,
  RTL;

  public String attribute() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
