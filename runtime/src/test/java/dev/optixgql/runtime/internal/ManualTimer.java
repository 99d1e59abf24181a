package dev.optixgql.runtime.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A timer on a clock the test moves: {@link #advanceTo} sets the time and runs, in time order, the
 * tasks due by then (and those they schedule). Nothing runs on its own, so a test of timing rules
 * neither waits nor depends on the machine's load.
 */
final class ManualTimer extends AbstractExecutorService implements ScheduledExecutorService {
  private final List<Task> tasks = new ArrayList<>();
  private long now;
  private long scheduled;

  ManualTimer(long start) {
    this.now = start;
  }

  /** The clock, for the code under test. */
  long nanoTime() {
    return now;
  }

  /** Moves the clock to {@code time}, running every task due by then in order. */
  void advanceTo(long time) {
    while (true) {
      Task next =
          tasks.stream()
              .filter(t -> !t.cancelled && t.at <= time)
              .min(Comparator.comparingLong((Task t) -> t.at).thenComparingLong(t -> t.order))
              .orElse(null);
      if (next == null) {
        break;
      }
      tasks.remove(next);
      now = Math.max(now, next.at);
      next.done = true;
      next.action.run();
    }
    now = time;
    tasks.removeIf(t -> t.cancelled);
  }

  /** The tasks waiting to run. */
  int pending() {
    return (int) tasks.stream().filter(t -> !t.cancelled).count();
  }

  @Override
  public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
    Task task = new Task(now + unit.toNanos(delay), scheduled++, command);
    tasks.add(task);
    return task;
  }

  @Override
  public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
    throw new UnsupportedOperationException();
  }

  @Override
  public ScheduledFuture<?> scheduleAtFixedRate(
      Runnable command, long initialDelay, long period, TimeUnit unit) {
    throw new UnsupportedOperationException();
  }

  @Override
  public ScheduledFuture<?> scheduleWithFixedDelay(
      Runnable command, long initialDelay, long delay, TimeUnit unit) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void execute(Runnable command) {
    command.run();
  }

  @Override
  public void shutdown() {}

  @Override
  public List<Runnable> shutdownNow() {
    return List.of();
  }

  @Override
  public boolean isShutdown() {
    return false;
  }

  @Override
  public boolean isTerminated() {
    return false;
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) {
    return true;
  }

  private final class Task implements ScheduledFuture<Object> {
    final long at;
    final long order;
    final Runnable action;
    boolean cancelled;
    boolean done;

    Task(long at, long order, Runnable action) {
      this.at = at;
      this.order = order;
      this.action = action;
    }

    @Override
    public long getDelay(TimeUnit unit) {
      return unit.convert(at - now, TimeUnit.NANOSECONDS);
    }

    @Override
    public int compareTo(Delayed other) {
      return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      if (done) {
        return false;
      }
      cancelled = true;
      return true;
    }

    @Override
    public boolean isCancelled() {
      return cancelled;
    }

    @Override
    public boolean isDone() {
      return done || cancelled;
    }

    @Override
    public Object get() {
      return null;
    }

    @Override
    public Object get(long timeout, TimeUnit unit) {
      return null;
    }
  }
}
