package dev.optixgql.micrometer;

import java.util.function.LongSupplier;

/**
 * The fewest requests left that any answer reported in the last minute: 60 one-second slots, each
 * holding its second and the lowest count seen in it, so the memory is fixed whatever the number of
 * tokens, and an organization that ran low a while ago stops showing once its minute has passed.
 */
final class LowestRemaining {
  private static final int SLOTS = 60;
  private static final long SECOND = 1_000_000_000L;

  private final LongSupplier clock;
  private final long[] seconds = new long[SLOTS];
  private final int[] lowest = new int[SLOTS];

  LowestRemaining(LongSupplier clock) {
    this.clock = clock;
    java.util.Arrays.fill(seconds, Long.MIN_VALUE);
  }

  /** An answer reported {@code remaining} requests left in its token's window. */
  synchronized void seen(int remaining) {
    long second = Math.floorDiv(clock.getAsLong(), SECOND);
    int slot = (int) Math.floorMod(second, (long) SLOTS);
    if (seconds[slot] != second) {
      seconds[slot] = second;
      lowest[slot] = remaining;
    } else if (remaining < lowest[slot]) {
      lowest[slot] = remaining;
    }
  }

  /** The lowest count reported in the last minute; {@code NaN} when none was. */
  synchronized double value() {
    long now = Math.floorDiv(clock.getAsLong(), SECOND);
    int min = Integer.MAX_VALUE;
    for (int slot = 0; slot < SLOTS; slot++) {
      if (seconds[slot] != Long.MIN_VALUE && now - seconds[slot] < SLOTS) {
        min = Math.min(min, lowest[slot]);
      }
    }
    return min == Integer.MAX_VALUE ? Double.NaN : min;
  }
}
