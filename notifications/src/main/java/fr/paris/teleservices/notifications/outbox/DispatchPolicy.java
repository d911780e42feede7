package fr.paris.teleservices.notifications.outbox;

import fr.paris.teleservices.notifications.window.SendingWindow;
import java.time.Duration;

/**
 * How a dispatcher behaves.
 *
 * @param lease how long a claimed row belongs to its dispatcher; it must comfortably exceed one
 *     send (the gateway's connect + read timeouts), or a slow send could be taken over and sent twice
 * @param retry the backoff for transient failures
 * @param window when window-bound messages may go
 */
public record DispatchPolicy(Duration lease, RetryPolicy retry, SendingWindow window) {

  public DispatchPolicy {
    if (lease.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("The lease must be at least a second");
    }
  }

  /** A 5-minute lease, the standard retry policy and window. */
  public static DispatchPolicy standard() {
    return new DispatchPolicy(Duration.ofMinutes(5), RetryPolicy.standard(), SendingWindow.standard());
  }
}
