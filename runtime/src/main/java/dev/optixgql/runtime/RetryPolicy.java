package dev.optixgql.runtime;

import java.time.Duration;

/**
 * How failed requests are retried: queries on connection failures, 429, 502, 503 and 504 with
 * jittered exponential backoff, within a number of attempts and a total deadline. Mutations are
 * retried only when the call declares itself idempotent; a 401 is retried once with a refreshed
 * token either way, since the server refused it before doing anything.
 *
 * @param maxAttempts attempts in total, the first included (1 disables retries)
 * @param initialBackoff the first wait, doubled each time and randomized by ±50%
 * @param maxBackoff the longest single wait
 * @param deadline the longest a call may take, waits included
 */
public record RetryPolicy(
    int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration deadline) {

  /** Four attempts, waits from 250 ms up to 8 s, within 90 s in all. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(4, Duration.ofMillis(250), Duration.ofSeconds(8), Duration.ofSeconds(90));

  /** One attempt, no retries. */
  public static final RetryPolicy NONE =
      new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(90));

  /**
   * Checks the policy's values.
   *
   * @param maxAttempts attempts in total, the first included (1 disables retries)
   * @param initialBackoff the first wait, doubled each time and randomized by ±50%
   * @param maxBackoff the longest single wait
   * @param deadline the longest a call may take, waits included
   * @throws IllegalArgumentException if {@code maxAttempts} is less than 1 or a duration is
   *     negative
   * @throws NullPointerException if a duration is {@code null}
   */
  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    java.util.Objects.requireNonNull(initialBackoff, "initialBackoff");
    java.util.Objects.requireNonNull(maxBackoff, "maxBackoff");
    java.util.Objects.requireNonNull(deadline, "deadline");
    if (initialBackoff.isNegative() || maxBackoff.isNegative() || deadline.isNegative()) {
      throw new IllegalArgumentException("Backoffs and the deadline cannot be negative");
    }
  }
}
