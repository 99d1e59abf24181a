package dev.optixgql.sandbox.http;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/** Counts requests per token in fixed one-minute windows, like Optix's 60 requests a minute. */
final class RateLimiter {
  /** The limit Optix applies, and the one the headers show when the sandbox enforces none. */
  static final int OPTIX_LIMIT = 60;

  private static final long WINDOW_NANOS = TimeUnit.MINUTES.toNanos(1);

  private final int limit;
  private final LongSupplier nanoClock;
  private final Map<String, Window> windows = new HashMap<>();

  /**
   * @param limit requests allowed per minute and token; 0 counts but never refuses
   * @param nanoClock a monotonic clock, {@link System#nanoTime} outside tests
   */
  RateLimiter(int limit, LongSupplier nanoClock) {
    if (limit < 0) {
      throw new IllegalArgumentException("rateLimitPerMinute must be >= 0, was " + limit);
    }
    this.limit = limit;
    this.nanoClock = nanoClock;
  }

  /**
   * Counts one request for the key and tells whether it may proceed.
   *
   * @param enforce false to count without ever refusing (unauthenticated requests get 401)
   */
  synchronized Decision acquire(String key, boolean enforce) {
    long now = nanoClock.getAsLong();
    Window window = windows.get(key);
    if (window == null || now - window.start >= WINDOW_NANOS) {
      window = new Window(now);
      windows.put(key, window);
    }
    int shown = limit == 0 ? OPTIX_LIMIT : limit;
    if (enforce && limit > 0 && window.count >= limit) {
      long left = window.start + WINDOW_NANOS - now;
      long seconds = Math.max(1, (left + TimeUnit.SECONDS.toNanos(1) - 1) / 1_000_000_000L);
      return new Decision(false, shown, 0, seconds);
    }
    window.count++;
    return new Decision(true, shown, Math.max(0, shown - window.count), 0);
  }

  /**
   * The outcome of one {@link #acquire}.
   *
   * @param allowed whether the request may proceed
   * @param limit the value of {@code X-RateLimit-Limit}
   * @param remaining the value of {@code X-RateLimit-Remaining}
   * @param retryAfterSeconds the value of {@code Retry-After} when refused, else 0
   */
  record Decision(boolean allowed, int limit, int remaining, long retryAfterSeconds) {}

  /** The start of a token's current window and the requests counted in it. */
  private static final class Window {
    final long start;
    int count;

    Window(long start) {
      this.start = start;
    }
  }
}
