package dev.optixgql.runtime.internal;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * A caller queued for a {@link Throttle} slot; completing it hands over the slot already taken for
 * it. Its bucket fills in {@link #permit} or {@link #failure} under the bucket's lock.
 */
final class Waiter extends CompletableFuture<Throttle.Permit> {
  final long deadline;
  private final Consumer<Waiter> onCancel;
  Throttle.Permit permit;
  DeadlineExceeded failure;

  /**
   * @param deadline the {@code nanoTime} past which the wait fails
   * @param onCancel takes a cancelled waiter out of its bucket's queue
   */
  Waiter(long deadline, Consumer<Waiter> onCancel) {
    this.deadline = deadline;
    this.onCancel = onCancel;
  }

  /** Completes outside the bucket's lock; a slot granted to a cancelled waiter is given back. */
  void settle() {
    if (failure != null) {
      completeExceptionally(failure);
    } else if (!complete(permit)) {
      permit.uncount();
    }
  }

  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    boolean cancelled = super.cancel(mayInterruptIfRunning);
    if (cancelled) {
      onCancel.accept(this);
    }
    return cancelled;
  }
}
