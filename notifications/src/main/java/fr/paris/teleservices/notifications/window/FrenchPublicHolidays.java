package fr.paris.teleservices.notifications.window;

import java.time.LocalDate;
import java.time.Month;
import java.util.Set;

/**
 * The eleven public holidays of the Code du travail (art. L3133-1) observed in Paris. Good Friday
 * and 26 December are holidays only in Alsace-Moselle, so they are not here.
 */
public final class FrenchPublicHolidays {

  private FrenchPublicHolidays() {}

  public static boolean isHoliday(LocalDate date) {
    return of(date.getYear()).contains(date);
  }

  /** The holidays of one year. */
  public static Set<LocalDate> of(int year) {
    LocalDate easter = easterSunday(year);
    return Set.of(
        LocalDate.of(year, Month.JANUARY, 1),
        easter.plusDays(1), // lundi de Pâques
        LocalDate.of(year, Month.MAY, 1),
        LocalDate.of(year, Month.MAY, 8),
        easter.plusDays(39), // Ascension, a Thursday
        easter.plusDays(50), // lundi de Pentecôte
        LocalDate.of(year, Month.JULY, 14),
        LocalDate.of(year, Month.AUGUST, 15),
        LocalDate.of(year, Month.NOVEMBER, 1),
        LocalDate.of(year, Month.NOVEMBER, 11),
        LocalDate.of(year, Month.DECEMBER, 25));
  }

  /** Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" algorithm). */
  public static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }
}
