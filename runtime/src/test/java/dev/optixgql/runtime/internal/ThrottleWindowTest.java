package dev.optixgql.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.runtime.RateLimit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The window rule on a clock the test moves ({@link ManualTimer}): exact to the nanosecond, with
 * nothing waited for. A slot is held from its send until its answer and for one window after it;
 * tokens are limited apart; a pause (a 429's Retry-After) holds a token's queue to its end, at most
 * a window. {@code ThrottleTest} checks the same rule end to end against a server's clock.
 */
class ThrottleWindowTest {
  private static final long MS = 1_000_000L;
  private static final long WINDOW = 300 * MS;
  private static final long START = 1_000 * MS;
  private static final long NO_DEADLINE = Long.MAX_VALUE / 2;

  private final ManualTimer timer = new ManualTimer(START);
  private final Throttle throttle =
      new Throttle(new RateLimit(10, Duration.ofNanos(WINDOW)), timer::nanoTime, timer);

  @Test
  void fiftyCallsAnsweredAtOnceUseTheFullLimitOfEveryWindowAndNoMore() {
    List<Long> sends = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      throttle
          .acquireAsync("t", NO_DEADLINE)
          .thenAccept(
              permit -> {
                sends.add(timer.nanoTime());
                permit.release(); // answered at once
              });
    }
    timer.advanceTo(START + 10 * WINDOW);

    assertEquals(50, sends.size());
    assertEquals(10, busiestWindow(sends), "the limit is used, and never exceeded");
    List<Long> expected = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      expected.add(START + (i / 10) * WINDOW);
    }
    assertEquals(expected, sends, "each group of ten goes the moment the window allows");
  }

  @Test
  void aSlotInFlightIsHeldUntilItsAnswerAndAWindowAfter() {
    List<Throttle.Permit> held = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      held.add(throttle.acquireAsync("t", NO_DEADLINE).join());
    }
    CompletableFuture<Throttle.Permit> eleventh = throttle.acquireAsync("t", NO_DEADLINE);
    timer.advanceTo(START + 20 * WINDOW);
    assertFalse(eleventh.isDone(), "ten requests unanswered: no slot frees by time alone");

    long answered = timer.nanoTime();
    held.get(0).release();
    timer.advanceTo(answered + WINDOW - 1);
    assertFalse(eleventh.isDone(), "the window after the answer has not passed");
    timer.advanceTo(answered + WINDOW);
    assertTrue(eleventh.isDone());
  }

  @Test
  void tokensAreLimitedApart() {
    for (int i = 0; i < 10; i++) {
      throttle.acquireAsync("a", NO_DEADLINE).join().release();
    }
    CompletableFuture<Throttle.Permit> a = throttle.acquireAsync("a", NO_DEADLINE);
    CompletableFuture<Throttle.Permit> b = throttle.acquireAsync("b", NO_DEADLINE);
    assertFalse(a.isDone());
    assertTrue(b.isDone(), "another token's window is its own");
  }

  @Test
  void aPauseHoldsTheQueueToItsEndToTheNanosecond() {
    throttle.pause("t", Duration.ofMillis(200));
    CompletableFuture<Throttle.Permit> next = throttle.acquireAsync("t", NO_DEADLINE);
    timer.advanceTo(START + 200 * MS - 1);
    assertFalse(next.isDone());
    timer.advanceTo(START + 200 * MS);
    assertTrue(next.isDone());
    assertEquals(0, timer.pending(), "no wake-up left armed");
  }

  @Test
  void aPauseLongerThanTheWindowIsHeldForOneWindow() {
    throttle.pause("t", Duration.ofSeconds(5)); // a server's Retry-After beyond the limit's own
    CompletableFuture<Throttle.Permit> next = throttle.acquireAsync("t", NO_DEADLINE);
    timer.advanceTo(START + WINDOW - 1);
    assertFalse(next.isDone());
    timer.advanceTo(START + WINDOW);
    assertTrue(next.isDone());
  }

  @Test
  void aCallerWhoseDeadlineComesFirstFailsAtOnceWithoutWaiting() {
    for (int i = 0; i < 10; i++) {
      throttle.acquireAsync("t", NO_DEADLINE).join().release();
    }
    CompletableFuture<Throttle.Permit> hurried =
        throttle.acquireAsync("t", timer.nanoTime() + WINDOW - 1);
    assertTrue(hurried.isCompletedExceptionally());
    CompletableFuture<Throttle.Permit> patient =
        throttle.acquireAsync("t", timer.nanoTime() + WINDOW);
    assertFalse(patient.isDone());
    timer.advanceTo(START + WINDOW);
    assertTrue(patient.isDone() && !patient.isCompletedExceptionally());
  }

  /** The most sends within any span shorter than the window. */
  private static int busiestWindow(List<Long> sends) {
    int busiest = 0;
    int first = 0;
    for (int last = 0; last < sends.size(); last++) {
      while (sends.get(last) - sends.get(first) >= WINDOW) {
        first++;
      }
      busiest = Math.max(busiest, last - first + 1);
    }
    return busiest;
  }
}
