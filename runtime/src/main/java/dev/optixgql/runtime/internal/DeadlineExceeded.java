package dev.optixgql.runtime.internal;

/** Thrown when the wait for a slot (or a place at the request gate) would pass the deadline. */
final class DeadlineExceeded extends Exception {
  private static final long serialVersionUID = 1L;

  DeadlineExceeded(long waitNanos) {
    this("the rate limit needs a wait of " + waitNanos / 1_000_000 + " ms");
  }

  private DeadlineExceeded(String message) {
    super(message, null, false, false);
  }

  /** The request gate had no place free before the deadline. */
  static DeadlineExceeded atGate(int capacity) {
    return new DeadlineExceeded(
        "no place was free among the client's "
            + capacity
            + " concurrent requests (maxConcurrentRequests)");
  }
}
