package fr.paris.teleservices.portal.mandate;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a mandate lets an agent do for the usager. No scope lets an agent share or revoke documents,
 * withdraw a request, delete documents, close the account, change the phone number or the password,
 * or manage the usager's mandates: those stay the person's own decisions.
 */
public enum Scope {
  /** See the requests, their history, receipts and decisions; the domiciliation. Every mandate has it. */
  VIEW_REQUESTS,
  /** Start, fill in and file requests (aid requests, domiciliation, its renewal). */
  FILE_REQUESTS,
  /** Add documents to the vault (scanned on the spot), attach them to requests, open them to check. */
  ADD_DOCUMENTS;

  /** The scopes a mandate holds: the ones chosen, plus viewing, without which nothing can be done. */
  public static Set<Scope> normalize(Set<Scope> chosen) {
    EnumSet<Scope> scopes = chosen == null || chosen.isEmpty() ? EnumSet.noneOf(Scope.class) : EnumSet.copyOf(chosen);
    scopes.add(VIEW_REQUESTS);
    return scopes;
  }

  /** The column value: names in declaration order, comma-separated. */
  public static String format(Set<Scope> scopes) {
    return normalize(scopes).stream().map(Scope::name).collect(Collectors.joining(","));
  }

  public static Set<Scope> parse(String column) {
    if (column == null || column.isBlank()) {
      return normalize(Set.of());
    }
    return normalize(
        Arrays.stream(column.split(","))
            .map(s -> Scope.valueOf(s.strip().toUpperCase(Locale.ROOT)))
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Scope.class))));
  }
}
