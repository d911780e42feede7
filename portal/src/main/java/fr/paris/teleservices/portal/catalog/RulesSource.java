package fr.paris.teleservices.portal.catalog;

import java.time.LocalDate;

/**
 * Where a procedure's rules come from, shown beside them.
 *
 * @param source the reference (Règlement municipal article, paris.fr page, parameter file)
 * @param date the date the rules apply from, or were last seen; {@code null} when unknown
 */
public record RulesSource(String source, LocalDate date, Reliability reliability) {}
