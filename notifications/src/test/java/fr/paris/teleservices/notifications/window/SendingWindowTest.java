package fr.paris.teleservices.notifications.window;

import static fr.paris.teleservices.notifications.support.Paris.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SendingWindowTest {

  private final SendingWindow window =
      new SendingWindow(LocalTime.of(8, 0), LocalTime.of(20, 0), Duration.ZERO);

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    // Inside the window: unchanged.
    "2026-03-10T10:00, 2026-03-10T10:00",
    "2026-03-10T08:00, 2026-03-10T08:00",
    "2026-03-10T19:59:59, 2026-03-10T19:59:59",
    // Night: the next morning.
    "2026-03-10T20:00, 2026-03-11T08:00",
    "2026-03-10T23:30, 2026-03-11T08:00",
    "2026-03-11T03:00, 2026-03-11T08:00",
    // Saturday evening → Monday (no Sunday).
    "2026-03-14T21:00, 2026-03-16T08:00",
    "2026-03-15T12:00, 2026-03-16T08:00",
    // Easter Monday 2027-03-29: Saturday evening → Tuesday.
    "2027-03-27T20:30, 2027-03-30T08:00",
    "2027-03-29T10:00, 2027-03-30T08:00",
    // Ascension (Thursday 2027-05-06) and Whit Monday 2027-05-17.
    "2027-05-05T21:00, 2027-05-07T08:00",
    "2027-05-15T20:15, 2027-05-18T08:00",
    // 14 July 2026 is a Tuesday; 1 May 2027 a Saturday, then Sunday.
    "2026-07-13T20:00, 2026-07-15T08:00",
    "2027-04-30T22:00, 2027-05-03T08:00",
    // Christmas Friday 2026, then Saturday is open.
    "2026-12-24T20:00, 2026-12-26T08:00",
    // Summer time: the window is Paris wall-clock time (30 March 2025 changed at 02:00).
    "2025-03-29T20:00, 2025-03-31T08:00"
  })
  void movesToTheNextAllowedMorning(String due, String expected) {
    assertThat(window.nextOpening(at(due))).isEqualTo(at(expected));
    assertThat(window.earliestSendTime(at(due), new Random(1))).isEqualTo(at(expected));
  }

  @Test
  void aPostponedMessageIsSpreadOverTheJitterButStaysInTheWindow() {
    SendingWindow jittered = new SendingWindow(LocalTime.of(8, 0), LocalTime.of(20, 0), Duration.ofMinutes(15));
    Random random = new Random(7);
    for (int i = 0; i < 200; i++) {
      var sendAt = jittered.earliestSendTime(at("2026-03-10T23:00"), random);
      assertThat(sendAt).isBetween(at("2026-03-11T08:00"), at("2026-03-11T08:15"));
      assertThat(jittered.isOpen(sendAt)).isTrue();
    }
    assertThat(jittered.earliestSendTime(at("2026-03-10T11:00"), random)).isEqualTo(at("2026-03-10T11:00"));
  }

  @Test
  void isClosedOnSundaysHolidaysAndAtNight() {
    assertThat(window.isOpen(at("2026-03-15T11:00"))).as("Sunday").isFalse();
    assertThat(window.isOpen(at("2026-07-14T11:00"))).as("14 July").isFalse();
    assertThat(window.isOpen(at("2026-03-10T07:59"))).isFalse();
    assertThat(window.isOpen(at("2026-03-10T20:00"))).isFalse();
    assertThat(window.isOpen(at("2026-03-14T11:00"))).as("Saturday").isTrue();
  }

  @Test
  void easterFollowsTheGregorianComputus() {
    assertThat(FrenchPublicHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(FrenchPublicHolidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
    assertThat(FrenchPublicHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
    assertThat(FrenchPublicHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
    assertThat(FrenchPublicHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    assertThat(FrenchPublicHolidays.easterSunday(2285)).isEqualTo(LocalDate.of(2285, 3, 22));
  }

  @Test
  void elevenHolidaysIncludingTheMovableOnes() {
    assertThat(FrenchPublicHolidays.of(2027))
        .hasSize(11)
        .contains(
            LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 1),
            LocalDate.of(2027, 5, 8), LocalDate.of(2027, 5, 6), LocalDate.of(2027, 5, 17),
            LocalDate.of(2027, 7, 14), LocalDate.of(2027, 8, 15), LocalDate.of(2027, 11, 1),
            LocalDate.of(2027, 11, 11), LocalDate.of(2027, 12, 25));
    assertThat(FrenchPublicHolidays.isHoliday(LocalDate.of(2027, 3, 26))).as("Good Friday").isFalse();
    assertThat(FrenchPublicHolidays.isHoliday(LocalDate.of(2027, 12, 26))).isFalse();
  }
}
