package dev.optixgql.runtime.internal;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Bounds the exchanges one client has on the wire at once (and so its connections): a burst of
 * calls for thousands of organizations queues here, in arrival order, instead of opening a
 * connection per call. Waiting takes no thread: a full gate hands out a future that the next {@link
 * #leave()} completes. A wait ends at the call's deadline, as a throttle wait does.
 */
final class RequestGate {
  private static final CompletableFuture<Void> OPEN = CompletableFuture.completedFuture(null);

  private final int capacity;
  private final ArrayDeque<CompletableFuture<Void>> waiting = new ArrayDeque<>();
  private int inside;

  public RequestGate(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    this.capacity = capacity;
  }

  /**
   * A completed future when there is room now, else one completed when a place frees; cancelling it
   * gives up the place in the queue.
   */
  public CompletableFuture<Void> enter() {
    synchronized (this) {
      if (inside < capacity) {
        inside++;
        return OPEN;
      }
      CompletableFuture<Void> place = new CompletableFuture<>();
      waiting.addLast(place);
      return place;
    }
  }

  /**
   * Enters on this thread, waiting at most until {@code deadlineNanos} (a {@code nanoTime} value,
   * the call's deadline): past it, the place in the queue is given up and {@link DeadlineExceeded}
   * thrown, as for a throttle wait.
   */
  public void enterBlocking(long deadlineNanos) throws InterruptedException, DeadlineExceeded {
    CompletableFuture<Void> place = enter();
    if (place.isDone()) {
      return;
    }
    try {
      place.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      if (!place.cancel(false)) {
        leave(); // let in as we were interrupted: pass the place on
      }
      throw e;
    } catch (TimeoutException e) {
      if (place.cancel(false)) {
        throw DeadlineExceeded.atGate(capacity);
      }
      // Let in as the deadline passed: the place is ours.
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Frees a place: hands it to the first caller still waiting, else makes room. */
  public void leave() {
    while (true) {
      CompletableFuture<Void> next;
      synchronized (this) {
        do {
          next = waiting.pollFirst();
        } while (next != null && next.isDone());
        if (next == null) {
          inside--;
          return;
        }
      }
      if (next.complete(null)) {
        return;
      }
      // Cancelled as we handed it the place: try the next one.
    }
  }

  /** The most exchanges on the wire at once. */
  public int capacity() {
    return capacity;
  }

  /** Exchanges on the wire now (for tests and benchmarks). */
  public synchronized int inside() {
    return inside;
  }
}
