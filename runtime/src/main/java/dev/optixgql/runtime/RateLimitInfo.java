package dev.optixgql.runtime;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The server's rate-limit counters from one response; each is absent when the header was.
 *
 * @param limit requests allowed per window
 * @param remaining requests left in the current window
 * @param retryAfter how long to wait before retrying (on 429)
 * @param reset when the window resets, as the header gave it (unix seconds on Laravel)
 */
public record RateLimitInfo(
    OptionalInt limit, OptionalInt remaining, @Nullable Duration retryAfter, OptionalLong reset) {

  /** Nothing known (no response yet, or no headers). */
  public static final RateLimitInfo UNKNOWN =
      new RateLimitInfo(OptionalInt.empty(), OptionalInt.empty(), null, OptionalLong.empty());

  /**
   * Reads the counters from {@code headers} by the configured names; bad values are ignored.
   *
   * @param headers the response's headers
   * @param names the names of the headers that carry the counters
   * @return the counters, each absent when its header is missing or not a number
   */
  public static RateLimitInfo from(HttpHeaders headers, RateLimitHeaders names) {
    return new RateLimitInfo(
        integer(headers, names.limit()),
        integer(headers, names.remaining()),
        seconds(headers, names.retryAfter()),
        number(headers, names.reset()));
  }

  private static OptionalInt integer(HttpHeaders headers, String name) {
    OptionalLong value = number(headers, name);
    return value.isPresent() && value.getAsLong() <= Integer.MAX_VALUE && value.getAsLong() >= 0
        ? OptionalInt.of((int) value.getAsLong())
        : OptionalInt.empty();
  }

  private static OptionalLong number(HttpHeaders headers, String name) {
    try {
      return headers
          .firstValue(name)
          .map(v -> OptionalLong.of(Long.parseLong(v.trim())))
          .orElse(OptionalLong.empty());
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  private static Duration seconds(HttpHeaders headers, String name) {
    OptionalLong value = number(headers, name);
    // An HTTP-date Retry-After is not parsed: the caller then falls back to its backoff.
    return value.isPresent() && value.getAsLong() >= 0
        ? Duration.ofSeconds(value.getAsLong())
        : null;
  }
}
