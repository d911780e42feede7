package fr.paris.teleservices.portal.domiciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The dates of the rules: one year of validity, renewal from two months before, radiation after three months. */
class DomiciliationRulesTest {

  private static Instant at(LocalDate day) {
    return day.atTime(LocalTime.of(14, 30)).atZone(DomiciliationRules.PARIS).toInstant();
  }

  @Test
  void anAttestationEndsOneYearMinusOneDayAfterItStarts() {
    assertThat(DomiciliationRules.validUntil(LocalDate.of(2026, 3, 15))).isEqualTo(LocalDate.of(2027, 3, 14));
    assertThat(DomiciliationRules.validUntil(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2026, 12, 31));
    // 29 February: a year later is 28 February, the day before is the 27th (DomiFa's rule).
    assertThat(DomiciliationRules.validUntil(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2025, 2, 27));
  }

  @Test
  void renewalOpensTwoMonthsBeforeTheEndAndClosesAfterTheLastDay() {
    LocalDate until = LocalDate.of(2027, 3, 14);
    assertThat(DomiciliationRules.renewalOpensOn(until)).isEqualTo(LocalDate.of(2027, 1, 14));
    assertThat(DomiciliationRules.canAskRenewal(until, LocalDate.of(2027, 1, 13))).isFalse();
    assertThat(DomiciliationRules.canAskRenewal(until, LocalDate.of(2027, 1, 14))).isTrue();
    assertThat(DomiciliationRules.canAskRenewal(until, until)).isTrue();
    assertThat(DomiciliationRules.canAskRenewal(until, until.plusDays(1))).isFalse();
  }

  @Test
  void aRenewalDecidedInTimeStartsTheDayAfterTheCurrentEnd() {
    LocalDate until = LocalDate.of(2027, 3, 14);
    assertThat(DomiciliationRules.renewalStart(until, LocalDate.of(2027, 2, 1))).isEqualTo(LocalDate.of(2027, 3, 15));
    assertThat(DomiciliationRules.renewalStart(until, until)).isEqualTo(LocalDate.of(2027, 3, 15));
    assertThat(DomiciliationRules.renewalStart(until, LocalDate.of(2027, 3, 20))).isEqualTo(LocalDate.of(2027, 3, 20));
  }

  @Test
  void radiationForLackOfContactNeedsMoreThanThreeMonthsWithoutAny() {
    Instant last = at(LocalDate.of(2026, 1, 10));
    assertThat(DomiciliationRules.noContactRadiationFrom(last)).isEqualTo(LocalDate.of(2026, 4, 11));
    assertThat(DomiciliationRules.mayRadiateForNoContact(last, LocalDate.of(2026, 4, 10))).as("exactly 3 months").isFalse();
    assertThat(DomiciliationRules.mayRadiateForNoContact(last, LocalDate.of(2026, 4, 11))).isTrue();
    assertThat(DomiciliationRules.mayRadiateForNoContact(last, LocalDate.of(2026, 2, 10))).isFalse();
  }

  @Test
  void staffAreWarnedFromTwoMonthsWithoutContact() {
    Instant last = at(LocalDate.of(2026, 1, 10));
    assertThat(DomiciliationRules.noContactWarning(last, LocalDate.of(2026, 3, 9))).isFalse();
    assertThat(DomiciliationRules.noContactWarning(last, LocalDate.of(2026, 3, 10))).isTrue();
  }

  @Test
  void aContactLateInTheEveningCountsOnItsParisDay() {
    Instant lateEvening = LocalDate.of(2026, 1, 10).atTime(23, 30).atZone(DomiciliationRules.PARIS).toInstant();
    assertThat(DomiciliationRules.day(lateEvening)).isEqualTo(LocalDate.of(2026, 1, 10));
  }

  @Test
  void aDecisionStartsWithinTwoMonthsOfTheDayItIsTaken() {
    LocalDate today = LocalDate.of(2026, 6, 1);
    assertThat(DomiciliationRules.startInRange(today, today)).isTrue();
    assertThat(DomiciliationRules.startInRange(LocalDate.of(2026, 8, 1), today)).isTrue();
    assertThat(DomiciliationRules.startInRange(LocalDate.of(2026, 8, 2), today)).isFalse();
    assertThat(DomiciliationRules.startInRange(LocalDate.of(2026, 3, 31), today)).isFalse();
  }

  @Test
  void anAttestationHasExpiredTheDayAfterItsEndDate() {
    LocalDate until = LocalDate.of(2027, 3, 14);
    assertThat(DomiciliationRules.expired(until, until)).isFalse();
    assertThat(DomiciliationRules.expired(until, until.plusDays(1))).isTrue();
    assertThat(DomiciliationRules.expired(null, until)).isFalse();
  }
}
