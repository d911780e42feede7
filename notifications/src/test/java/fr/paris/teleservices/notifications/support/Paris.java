package fr.paris.teleservices.notifications.support;

import fr.paris.teleservices.notifications.window.SendingWindow;
import java.time.Instant;
import java.time.LocalDateTime;

/** Instants written as Paris wall-clock times, as the rules are. */
public final class Paris {

  private Paris() {}

  /** e.g. {@code at("2027-03-27T19:30")}. */
  public static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SendingWindow.PARIS).toInstant();
  }

  public static LocalDateTime local(Instant instant) {
    return LocalDateTime.ofInstant(instant, SendingWindow.PARIS);
  }
}
