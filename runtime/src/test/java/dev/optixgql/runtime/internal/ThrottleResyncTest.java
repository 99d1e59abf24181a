package dev.optixgql.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.optixgql.runtime.RateLimit;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * After a 429 the throttle follows the server: the refused request gives its slot back (the server
 * did not count it), and every caller of that token waits as long as the server asked.
 */
class ThrottleResyncTest {
  private static final java.util.concurrent.ScheduledExecutorService TIMER =
      java.util.concurrent.Executors.newSingleThreadScheduledExecutor();

  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final Throttle throttle =
      new Throttle(new RateLimit(2, Duration.ofSeconds(60)), now::get, TIMER);

  @Test
  void aRefusedRequestGivesItsSlotBack() throws Exception {
    Throttle.Permit first = throttle.acquire("t", far());
    Throttle.Permit second = throttle.acquire("t", far());
    first.release();
    second.release();
    // Both slots held for a window after their answers: a third must wait...
    assertThrows(DeadlineExceeded.class, () -> throttle.acquire("t", soon()));

    // ...unless the server refused one (429): it did not count, so neither does the client.
    second.uncount();
    throttle.acquire("t", soon());
  }

  @Test
  void retryAfterHoldsEveryCallerOfTheToken() throws Exception {
    throttle.pause("t", Duration.ofSeconds(5));

    DeadlineExceeded e = assertThrows(DeadlineExceeded.class, () -> throttle.acquire("t", soon()));
    assertEquals("the rate limit needs a wait of 5000 ms", e.getMessage());
    throttle.acquire("other", soon()); // other tokens are not held

    now.addAndGet(Duration.ofSeconds(5).toNanos());
    throttle.acquire("t", soon());
  }

  @Test
  void aRetryAfterOfCenturiesHoldsAWindowAtMost() throws Exception {
    throttle.pause("t", Duration.ofSeconds(10_000_000_000L));
    now.addAndGet(Duration.ofSeconds(60).toNanos());

    throttle.acquire("t", soon());
  }

  private long soon() {
    return now.get() + Duration.ofSeconds(1).toNanos();
  }

  private long far() {
    return now.get() + Duration.ofHours(1).toNanos();
  }
}
