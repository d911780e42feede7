package fr.paris.teleservices.portal.mandate;

import java.time.Duration;
import java.util.List;

/**
 * How long a mandate lasts: the visit. Two hours unless the agent chooses otherwise with the
 * person, never more than a day. A request for consent lapses after a quarter of an hour.
 */
public final class MandatePolicy {

  public static final Duration DEFAULT = Duration.ofHours(2);
  public static final Duration MAX = Duration.ofHours(24);

  /** The durations the agent may choose, in minutes. */
  public static final List<Integer> CHOICES = List.of(60, 120, 240, 480, 1440);

  /** A consent asked and not given in this time lapses. */
  public static final Duration PENDING = Duration.ofMinutes(15);

  /** Wrong codes before the request is refused. */
  public static final int MAX_CODE_ATTEMPTS = 5;

  /** Codes sent for one request at most (each new one replaces the previous). */
  public static final int MAX_CODE_SENDS = 3;

  private MandatePolicy() {}

  /** The duration asked, in minutes, or the default; never more than a day, never less than a quarter of an hour. */
  public static Duration duration(Integer minutes) {
    if (minutes == null || minutes <= 0) {
      return DEFAULT;
    }
    Duration asked = Duration.ofMinutes(minutes);
    if (asked.compareTo(MAX) > 0) {
      return MAX;
    }
    return asked.compareTo(Duration.ofMinutes(15)) < 0 ? Duration.ofMinutes(15) : asked;
  }
}
