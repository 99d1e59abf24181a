package dev.optixgql.runtime;

import java.util.Objects;

/**
 * The names of the response headers that carry the server's rate-limit counters. Optix does not
 * document them; the defaults are those of its Laravel backend.
 */
public record RateLimitHeaders(String limit, String remaining, String retryAfter, String reset) {
  public static final RateLimitHeaders DEFAULT =
      new RateLimitHeaders(
          "X-RateLimit-Limit", "X-RateLimit-Remaining", "Retry-After", "X-RateLimit-Reset");

  public RateLimitHeaders {
    Objects.requireNonNull(limit, "limit");
    Objects.requireNonNull(remaining, "remaining");
    Objects.requireNonNull(retryAfter, "retryAfter");
    Objects.requireNonNull(reset, "reset");
  }
}
