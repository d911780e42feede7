package fr.paris.teleservices.portal.catalog;

/**
 * A number of the rules (a ceiling, an amount in euros, a number of months), named so that the
 * eligibility conditions and the bundle texts ({@code {name, number}}) refer to the same value.
 *
 * @param indicative the source is dated or uncertain: the figure is shown as indicative and is
 *     never the sole ground for a "probablement pas"
 */
public record Figure(String name, int value, boolean indicative) {}
