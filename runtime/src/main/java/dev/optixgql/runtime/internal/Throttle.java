package dev.optixgql.runtime.internal;

import dev.optixgql.runtime.RateLimit;
import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The client-side rate limit: a sliding window of send times per token, so no token sends more than
 * {@link RateLimit#requests()} requests in any {@link RateLimit#window()}. Callers over the limit
 * wait for the oldest send to leave the window.
 */
public final class Throttle {
  private final RateLimit limit;
  private final LongSupplier nanoTime;
  private final ConcurrentHashMap<String, ArrayDeque<Long>> sends = new ConcurrentHashMap<>();

  public Throttle(RateLimit limit, LongSupplier nanoTime) {
    this.limit = limit;
    this.nanoTime = nanoTime;
  }

  /** Thrown when the wait for a slot would pass the call's deadline. */
  public static final class DeadlineExceeded extends Exception {
    private static final long serialVersionUID = 1L;

    DeadlineExceeded(long waitNanos) {
      super("the rate limit needs a wait of " + waitNanos / 1_000_000 + " ms", null, false, false);
    }
  }

  /**
   * Takes a slot for {@code key} (a token), waiting as long as needed but not past {@code
   * deadlineNanos} (a {@link System#nanoTime()} value).
   */
  public void acquire(String key, long deadlineNanos)
      throws InterruptedException, DeadlineExceeded {
    if (limit.requests() == 0) {
      return;
    }
    long window = limit.window().toNanos();
    ArrayDeque<Long> times = sends.computeIfAbsent(key, k -> new ArrayDeque<>());
    while (true) {
      long wait;
      synchronized (times) {
        long now = nanoTime.getAsLong();
        while (!times.isEmpty() && now - times.peekFirst() >= window) {
          times.pollFirst();
        }
        if (times.size() < limit.requests()) {
          times.addLast(now);
          return;
        }
        wait = times.peekFirst() + window - now;
        if (now + wait > deadlineNanos) {
          throw new DeadlineExceeded(wait);
        }
      }
      Thread.sleep(Math.max(1, (wait + 999_999) / 1_000_000));
    }
  }
}
