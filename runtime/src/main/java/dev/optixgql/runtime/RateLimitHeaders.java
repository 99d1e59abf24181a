package dev.optixgql.runtime;

import java.util.Objects;

/**
 * The names of the response headers that carry the server's rate-limit counters. Optix does not
 * document them; the defaults are those of its Laravel backend.
 *
 * @param limit the header with the requests allowed per window
 * @param remaining the header with the requests left in the current window
 * @param retryAfter the header with the seconds to wait before retrying (on 429)
 * @param reset the header with when the window resets
 */
public record RateLimitHeaders(String limit, String remaining, String retryAfter, String reset) {
  /**
   * Laravel's names: {@code X-RateLimit-Limit}, {@code X-RateLimit-Remaining}, {@code Retry-After}
   * and {@code X-RateLimit-Reset}.
   */
  public static final RateLimitHeaders DEFAULT =
      new RateLimitHeaders(
          "X-RateLimit-Limit", "X-RateLimit-Remaining", "Retry-After", "X-RateLimit-Reset");

  /**
   * Checks that every name is given.
   *
   * @param limit the header with the requests allowed per window
   * @param remaining the header with the requests left in the current window
   * @param retryAfter the header with the seconds to wait before retrying (on 429)
   * @param reset the header with when the window resets
   * @throws NullPointerException if a name is {@code null}
   */
  public RateLimitHeaders {
    Objects.requireNonNull(limit, "limit");
    Objects.requireNonNull(remaining, "remaining");
    Objects.requireNonNull(retryAfter, "retryAfter");
    Objects.requireNonNull(reset, "reset");
  }
}
