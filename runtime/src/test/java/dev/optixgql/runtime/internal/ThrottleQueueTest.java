package dev.optixgql.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.runtime.RateLimit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Waiting for a slot takes no thread: callers queue per token in order, the slot a cancelled caller
 * would have had goes to the next, and a caller whose deadline cannot be met fails at once.
 */
class ThrottleQueueTest {
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final Throttle throttle =
      new Throttle(new RateLimit(2, Duration.ofSeconds(60)), now::get, timer);

  @AfterEach
  void stopTimer() {
    timer.shutdownNow();
  }

  @Test
  void queuedCallersGetFreedSlotsInArrivalOrder() throws Exception {
    Throttle.Permit first = throttle.acquireAsync("t", far()).get();
    Throttle.Permit second = throttle.acquireAsync("t", far()).get();
    List<CompletableFuture<Throttle.Permit>> queued = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      queued.add(throttle.acquireAsync("t", far()));
    }
    assertTrue(queued.stream().noneMatch(CompletableFuture::isDone), "no slot free yet");

    first.uncount(); // a 429: the slot is free at once
    assertTrue(queued.get(0).isDone());
    assertFalse(queued.get(1).isDone());

    second.uncount();
    assertTrue(queued.get(1).isDone());
    assertFalse(queued.get(2).isDone());
  }

  @Test
  void aCancelledCallersSlotGoesToTheNext() throws Exception {
    Throttle.Permit held = throttle.acquireAsync("t", far()).get();
    throttle.acquireAsync("t", far()).get();
    CompletableFuture<Throttle.Permit> gaveUp = throttle.acquireAsync("t", far());
    CompletableFuture<Throttle.Permit> next = throttle.acquireAsync("t", far());

    assertTrue(gaveUp.cancel(false));
    held.uncount();

    assertTrue(next.isDone(), "the freed slot skipped the cancelled caller");
  }

  @Test
  void aSlotFreesWhenItsWindowEndsByTheTimer() throws Exception {
    Throttle real = new Throttle(new RateLimit(1, Duration.ofMillis(200)), System::nanoTime, timer);
    real.acquireAsync("t", System.nanoTime() + seconds(5)).get().release();
    long start = System.nanoTime();
    CompletableFuture<Throttle.Permit> queued =
        real.acquireAsync("t", System.nanoTime() + seconds(5));
    assertFalse(queued.isDone());

    queued.get(5, TimeUnit.SECONDS);

    assertTrue(System.nanoTime() - start >= Duration.ofMillis(150).toNanos(), "waited the window");
  }

  @Test
  void aCallerWhoseDeadlineCannotBeMetFailsWithoutWaiting() throws Exception {
    throttle.acquireAsync("t", far()).get();
    throttle.acquireAsync("t", far()).get();

    CompletableFuture<Throttle.Permit> hopeless =
        throttle.acquireAsync("t", now.get() + seconds(1));

    assertTrue(hopeless.isCompletedExceptionally());
    ExecutionException e =
        org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class, hopeless::get);
    assertInstanceOf(DeadlineExceeded.class, e.getCause());
    assertEquals(1, throttle.heldKeys(), "one token held");
  }

  private long far() {
    return now.get() + seconds(3600);
  }

  private static long seconds(long seconds) {
    return Duration.ofSeconds(seconds).toNanos();
  }
}
