package dev.optixgql.runtime.internal;

import java.time.Duration;

/**
 * Deadline arithmetic on {@code System.nanoTime()} values that saturates instead of overflowing.
 */
final class Deadlines {
  private Deadlines() {}

  /** {@code now + duration}, or the farthest representable instant when that overflows. */
  static long after(long now, Duration duration) {
    if (duration.isNegative() || duration.isZero()) {
      return now;
    }
    long nanos;
    try {
      nanos = duration.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
    return now + nanos < now ? Long.MAX_VALUE : now + nanos;
  }

  /** The nanoseconds from {@code now} to {@code deadline}; never overflows. */
  static long remaining(long deadline, long now) {
    if (deadline == Long.MAX_VALUE) {
      return Long.MAX_VALUE;
    }
    long remaining = deadline - now;
    // Overflow only when the two lie on either side of the range: the sign tells which way.
    return ((deadline ^ now) & (deadline ^ remaining)) < 0
        ? (deadline < now ? 0 : Long.MAX_VALUE)
        : remaining;
  }

  /** {@code timeout}, shortened to the time left before {@code deadline} (at least 1 ms). */
  static Duration atMost(Duration timeout, long deadline, long now) {
    long remaining = Math.max(1_000_000L, remaining(deadline, now));
    return timeout.compareTo(Duration.ofNanos(remaining)) <= 0
        ? timeout
        : Duration.ofNanos(remaining);
  }
}
