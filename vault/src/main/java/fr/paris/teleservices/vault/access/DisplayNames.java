package fr.paris.teleservices.vault.access;

/**
 * Bounds the names the vault keeps as snapshots (actors in the journal, usagers and grantees in
 * shares) to what their columns hold, without cutting a character in two.
 */
public final class DisplayNames {

  public static final int MAX_LENGTH = 200;

  private DisplayNames() {}

  public static String bounded(String name) {
    return name.codePointCount(0, name.length()) <= MAX_LENGTH ? name : name.substring(0, name.offsetByCodePoints(0, MAX_LENGTH));
  }
}
