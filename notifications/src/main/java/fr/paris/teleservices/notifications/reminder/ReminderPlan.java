package fr.paris.teleservices.notifications.reminder;

import java.time.Instant;
import java.util.List;

/**
 * The reminders planned for one subject.
 *
 * @param scheduled when each will go (already inside the sending window), in order; empty when
 *     nothing was planned
 * @param outcome PLANNED, or why nothing was
 */
public record ReminderPlan(String subject, List<Instant> scheduled, Outcome outcome) {

  public enum Outcome {
    PLANNED,
    /** No phone, or not a mobile number. */
    NO_MOBILE_NUMBER,
    /** The usager switched SMS reminders off. */
    REMINDERS_OFF,
    /** Every step of the schedule falls after the deadline or in the past. */
    NOTHING_BEFORE_DEADLINE,
    /** The request has already received the schedule's maximum. */
    LIMIT_REACHED
  }

  public ReminderPlan {
    scheduled = List.copyOf(scheduled);
  }
}
