package fr.paris.teleservices.notifications.reminder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * When reminders go for an incomplete request, as an administrator sets it for a procedure.
 *
 * <p>Stored and edited as text: {@code after=2,7,21;before=10;max=4} — days after the request
 * became incomplete, days before the completion deadline, and the most reminders a request ever
 * receives.
 *
 * @param daysAfterIncomplete offsets from the day the request became incomplete
 * @param daysBeforeDeadline offsets back from the completion deadline
 * @param maxCount the most reminders one request receives, all incomplete episodes together
 */
public record ReminderSchedule(List<Integer> daysAfterIncomplete, List<Integer> daysBeforeDeadline, int maxCount) {

  /** After 2, 7 and 21 days, and 10 days before the 2-month deadline: at most 4. */
  public static final ReminderSchedule DEFAULT = new ReminderSchedule(List.of(2, 7, 21), List.of(10), 4);

  private static final int MAX_DAYS = 366;
  private static final int MAX_STEPS = 10;

  public ReminderSchedule {
    daysAfterIncomplete = List.copyOf(daysAfterIncomplete);
    daysBeforeDeadline = List.copyOf(daysBeforeDeadline);
    if (daysAfterIncomplete.size() + daysBeforeDeadline.size() > MAX_STEPS) {
      throw new IllegalArgumentException("At most " + MAX_STEPS + " reminders in a schedule");
    }
    for (int days : daysAfterIncomplete) {
      checkDays(days);
    }
    for (int days : daysBeforeDeadline) {
      checkDays(days);
    }
    if (maxCount < 0 || maxCount > MAX_STEPS) {
      throw new IllegalArgumentException("The maximum must be between 0 and " + MAX_STEPS);
    }
  }

  /** Reads the stored form; throws IllegalArgumentException with a readable reason. */
  public static ReminderSchedule parse(String text) {
    List<Integer> after = List.of();
    List<Integer> before = List.of();
    Integer max = null;
    for (String part : text.strip().split("\\s*;\\s*")) {
      String[] kv = part.split("\\s*=\\s*", 2);
      if (kv.length != 2) {
        throw new IllegalArgumentException("Expected name=value in \"" + part + "\"");
      }
      switch (kv[0].toLowerCase(Locale.ROOT)) {
        case "after" -> after = days(kv[1]);
        case "before" -> before = days(kv[1]);
        case "max" -> max = number(kv[1]);
        default -> throw new IllegalArgumentException("Unknown part \"" + kv[0] + "\"");
      }
    }
    if (max == null) {
      throw new IllegalArgumentException("max= is required");
    }
    return new ReminderSchedule(after, before, max);
  }

  /** The stored form, which {@link #parse} reads back. */
  public String format() {
    return "after=" + join(daysAfterIncomplete) + ";before=" + join(daysBeforeDeadline) + ";max=" + maxCount;
  }

  private static void checkDays(int days) {
    if (days < 1 || days > MAX_DAYS) {
      throw new IllegalArgumentException("Offsets are between 1 and " + MAX_DAYS + " days");
    }
  }

  private static List<Integer> days(String list) {
    List<Integer> days = new ArrayList<>();
    if (!list.isBlank()) {
      for (String item : list.split("\\s*,\\s*")) {
        days.add(number(item));
      }
    }
    return days;
  }

  private static int number(String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Not a number: \"" + text + "\"");
    }
  }

  private static String join(List<Integer> days) {
    return String.join(",", days.stream().map(String::valueOf).toList());
  }
}
