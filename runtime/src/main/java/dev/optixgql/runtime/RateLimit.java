package dev.optixgql.runtime;

import java.time.Duration;

/**
 * The client-side limit on requests per token, so an app never earns a 429 by itself: Optix allows
 * 60 requests a minute per token.
 *
 * @param requests how many requests a window allows; 0 disables the limit
 * @param window the sliding window
 */
public record RateLimit(int requests, Duration window) {
  /** Optix's limit: 60 requests per minute per token. */
  public static final RateLimit OPTIX = perMinute(60);

  /**
   * Checks the limit's values.
   *
   * @param requests how many requests a window allows; 0 disables the limit
   * @param window the sliding window, positive
   * @throws IllegalArgumentException if {@code requests} is negative or {@code window} is not
   *     positive
   */
  public RateLimit {
    if (requests < 0 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("A rate limit needs requests >= 0 and a positive window");
    }
  }

  /**
   * A limit of {@code requests} per minute.
   *
   * @param requests how many requests a minute allows; 0 disables the limit
   * @return a limit with a one-minute window
   */
  public static RateLimit perMinute(int requests) {
    return new RateLimit(requests, Duration.ofMinutes(1));
  }

  /**
   * No client-side limit (the server's still applies).
   *
   * @return a limit of 0 requests, which the client does not enforce
   */
  public static RateLimit none() {
    return new RateLimit(0, Duration.ofMinutes(1));
  }
}
