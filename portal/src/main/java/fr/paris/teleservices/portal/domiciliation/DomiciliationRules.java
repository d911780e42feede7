package fr.paris.teleservices.portal.domiciliation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

/**
 * The dates of the domiciliation rules, as pure functions of a day (Paris time): validity, the
 * renewal window, the "no contact" clock. Sources: Cerfa 16030*01 (one year, renewal asked at least
 * two months before), DomiFa (end = start + 1 year − 1 day; radiation after more than three
 * consecutive months without contact).
 */
public final class DomiciliationRules {

  public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  /** An attestation is valid one year. */
  public static final Period VALIDITY = Period.ofYears(1);

  /** Renewal may be asked from two months before the end date. */
  public static final Period RENEWAL_WINDOW = Period.ofMonths(2);

  /** Radiation for lack of contact: more than three consecutive months without any. */
  public static final Period NO_CONTACT_RADIATION = Period.ofMonths(3);

  /** Staff are warned from two months without contact, a month before radiation becomes possible. */
  public static final Period NO_CONTACT_WARNING = Period.ofMonths(2);

  /** A decision's start date may be set at most this far from the day of the decision. */
  public static final Period START_RANGE = Period.ofMonths(2);

  private DomiciliationRules() {}

  /** The last day of validity: one year after the start, minus one day (DomiFa). */
  public static LocalDate validUntil(LocalDate from) {
    return from.plus(VALIDITY).minusDays(1);
  }

  /** The first day the person may ask to renew. */
  public static LocalDate renewalOpensOn(LocalDate validUntil) {
    return validUntil.minus(RENEWAL_WINDOW);
  }

  /** Whether a renewal may be asked on {@code today}: from two months before the end, until the end. */
  public static boolean canAskRenewal(LocalDate validUntil, LocalDate today) {
    return !today.isBefore(renewalOpensOn(validUntil)) && !today.isAfter(validUntil);
  }

  /**
   * The start of a renewed attestation: the day after the current one ends when it has not ended
   * yet (no gap, no overlap), otherwise the day of the decision.
   */
  public static LocalDate renewalStart(LocalDate currentUntil, LocalDate today) {
    return currentUntil != null && !today.isAfter(currentUntil) ? currentUntil.plusDays(1) : today;
  }

  /** The first day radiation for lack of contact is allowed: more than three months after the last. */
  public static LocalDate noContactRadiationFrom(Instant lastContact) {
    return day(lastContact).plus(NO_CONTACT_RADIATION).plusDays(1);
  }

  /** Whether the person has had no contact for more than three consecutive months on {@code today}. */
  public static boolean mayRadiateForNoContact(Instant lastContact, LocalDate today) {
    return !today.isBefore(noContactRadiationFrom(lastContact));
  }

  /** Whether staff should be warned: two months or more without contact. */
  public static boolean noContactWarning(Instant lastContact, LocalDate today) {
    return !today.isBefore(day(lastContact).plus(NO_CONTACT_WARNING));
  }

  /** Whether a chosen start date is acceptable for a decision taken on {@code today}. */
  public static boolean startInRange(LocalDate start, LocalDate today) {
    return !start.isBefore(today.minus(START_RANGE)) && !start.isAfter(today.plus(START_RANGE));
  }

  /** Whether an attestation has ended on {@code today} (the end date is its last valid day). */
  public static boolean expired(LocalDate validUntil, LocalDate today) {
    return validUntil != null && today.isAfter(validUntil);
  }

  /** The day of an instant, in Paris. */
  public static LocalDate day(Instant instant) {
    return instant.atZone(PARIS).toLocalDate();
  }
}
