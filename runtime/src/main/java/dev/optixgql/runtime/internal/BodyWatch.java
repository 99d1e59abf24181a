package dev.optixgql.runtime.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Times out response bodies that stall: the JDK's request timeout stops at the response headers.
 * One task on the client's timer checks every body being read each {@link #TICK_MILLIS}, instead of
 * a timer task per request (scheduling and cancelling one woke the timer thread twice per call, a
 * cost that showed in every call's latency). It runs while bodies are read and stops after a quiet
 * half second.
 */
final class BodyWatch {
  /** How often deadlines are checked: a stalled body fails at most this late. */
  static final long TICK_MILLIS = 25;

  private static final int QUIET_TICKS_BEFORE_STOPPING = 20;

  /** A body being read. */
  interface Watched {
    /** The {@code System.nanoTime()} by which the body must have arrived. */
    long deadline();

    /** Fails the body: its deadline passed. */
    void expire();
  }

  private final ScheduledExecutorService timer;
  private final Set<Watched> reading = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean ticking = new AtomicBoolean();
  private int quietTicks; // timer thread only

  BodyWatch(ScheduledExecutorService timer) {
    this.timer = timer;
  }

  void watch(Watched body) {
    reading.add(body);
    if (ticking.compareAndSet(false, true)) {
      schedule();
    }
  }

  void unwatch(Watched body) {
    reading.remove(body);
  }

  private void schedule() {
    try {
      timer.schedule(this::tick, TICK_MILLIS, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      ticking.set(false); // the client is closed: its exchanges are being aborted anyway
    }
  }

  private void tick() {
    long now = System.nanoTime();
    for (Watched body : reading) {
      if (now - body.deadline() >= 0) {
        reading.remove(body);
        body.expire();
      }
    }
    if (!reading.isEmpty()) {
      quietTicks = 0;
    } else if (++quietTicks >= QUIET_TICKS_BEFORE_STOPPING) {
      quietTicks = 0;
      ticking.set(false);
      // A body may have arrived between the check and the stop: it must not go unwatched.
      if (reading.isEmpty() || !ticking.compareAndSet(false, true)) {
        return;
      }
    }
    schedule();
  }
}
