package fr.paris.teleservices.notifications.outbox;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How transient failures (429, 5xx, timeouts, connection errors) are retried: exponential backoff
 * with jitter, so that after an outage the queue does not return to the provider all at once.
 *
 * @param maxAttempts sends tried before a message is FAILED (the first one included)
 * @param initialBackoff the wait after the first failure
 * @param maxBackoff the longest wait
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("At least one attempt");
    }
    if (initialBackoff.isNegative() || initialBackoff.isZero() || maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("Backoffs must be positive and max ≥ initial");
    }
  }

  /** 6 attempts over about an hour and a half: 1, 2, 4, 8, 16 minutes (± jitter). */
  public static RetryPolicy standard() {
    return new RetryPolicy(6, Duration.ofMinutes(1), Duration.ofHours(1));
  }

  /**
   * The wait after {@code failedAttempts} failures: the exponential step, of which the second half
   * is random ("equal jitter": never shorter than half the step, spread over the other half).
   */
  public Duration delayAfter(int failedAttempts, RandomGenerator random) {
    int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
    long step = Math.min(initialBackoff.toMillis() << doublings, maxBackoff.toMillis());
    long half = step / 2;
    return Duration.ofMillis(half + random.nextLong(step - half + 1));
  }
}
