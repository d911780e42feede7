package fr.paris.teleservices.notifications.window;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.random.RandomGenerator;

/**
 * The hours in which a reminder may reach a person: from {@code opens} (inclusive) to {@code closes}
 * (exclusive), Paris time, on any day that is neither a Sunday nor a French public holiday.
 */
public final class SendingWindow {

  public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private final LocalTime opens;
  private final LocalTime closes;
  private final Duration jitter;

  /**
   * @param jitter the most a postponed message is spread after the opening, so that everything
   *     planned overnight does not hit the provider (and the phones of one household) at 8:00:00
   */
  public SendingWindow(LocalTime opens, LocalTime closes, Duration jitter) {
    if (!opens.isBefore(closes)) {
      throw new IllegalArgumentException("The window must open before it closes");
    }
    if (jitter.isNegative() || jitter.compareTo(Duration.between(opens, closes)) >= 0) {
      throw new IllegalArgumentException("The jitter must be shorter than the window");
    }
    this.opens = opens;
    this.closes = closes;
    this.jitter = jitter;
  }

  /** 8:00–20:00, postponed messages spread over the first 15 minutes. */
  public static SendingWindow standard() {
    return new SendingWindow(LocalTime.of(8, 0), LocalTime.of(20, 0), Duration.ofMinutes(15));
  }

  public LocalTime opens() {
    return opens;
  }

  public LocalTime closes() {
    return closes;
  }

  public Duration jitter() {
    return jitter;
  }

  public boolean isOpen(Instant instant) {
    ZonedDateTime local = instant.atZone(PARIS);
    LocalTime time = local.toLocalTime();
    return isSendingDay(local.toLocalDate()) && !time.isBefore(opens) && time.isBefore(closes);
  }

  public static boolean isSendingDay(LocalDate date) {
    return date.getDayOfWeek() != DayOfWeek.SUNDAY && !FrenchPublicHolidays.isHoliday(date);
  }

  /** The instant itself when the window is open, else the next opening. */
  public Instant nextOpening(Instant instant) {
    if (isOpen(instant)) {
      return instant;
    }
    ZonedDateTime local = instant.atZone(PARIS);
    LocalDate day = local.toLocalDate();
    if (!(isSendingDay(day) && local.toLocalTime().isBefore(opens))) {
      day = day.plusDays(1);
      while (!isSendingDay(day)) {
        day = day.plusDays(1);
      }
    }
    return ZonedDateTime.of(day, opens, PARIS).toInstant();
  }

  /**
   * When a message due at {@code due} may go: {@code due} itself inside the window, otherwise the
   * next opening plus a random delay of at most the jitter.
   */
  public Instant earliestSendTime(Instant due, RandomGenerator random) {
    if (isOpen(due)) {
      return due;
    }
    long spread = jitter.toMillis() == 0 ? 0 : random.nextLong(jitter.toMillis() + 1);
    return nextOpening(due).plusMillis(spread);
  }
}
