package dev.optixgql.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.runtime.RateLimit;
import dev.optixgql.runtime.TokenProvider;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Per-token state of a client serving thousands of organizations stays bounded: idle tokens leave
 * the throttle once their window has passed, remembered refreshes expire, and neither map is keyed
 * by a token.
 */
class BoundedStateTest {
  private static final java.util.concurrent.ScheduledExecutorService TIMER =
      java.util.concurrent.Executors.newSingleThreadScheduledExecutor();

  private final AtomicLong now = new AtomicLong(5_000_000_000L);

  @Test
  void idleTokensLeaveTheThrottleAfterTheirWindow() throws Exception {
    Throttle throttle = new Throttle(new RateLimit(60, Duration.ofSeconds(60)), now::get, TIMER);
    for (int i = 0; i < 2_000; i++) {
      throttle.acquire("organization-token-" + i + "o", far()).release();
    }
    assertEquals(2_000, throttle.heldKeys(), "all still inside their window");
    assertFalse(keysOf(throttle, "buckets").toString().contains("organization-token-"));

    now.addAndGet(Duration.ofSeconds(61).toNanos());
    for (int i = 0; i < Throttle.SWEEP_ABOVE; i++) {
      throttle.acquire("busy-" + i + "o", far()).release();
    }

    // The 2,000 idle ones are gone; what is left are the tokens used since.
    assertTrue(throttle.heldKeys() <= Throttle.SWEEP_ABOVE, () -> "held " + throttle.heldKeys());
  }

  @Test
  void rememberedRefreshesExpire() throws Exception {
    TokenRefresher refresher = new TokenRefresher(now::get);
    TokenProvider provider =
        new TokenProvider() {
          @Override
          public String token() {
            return "new-o";
          }
        };
    for (int i = 0; i < 500; i++) {
      assertEquals("new-o", refresher.refreshed(provider, "old-" + i + "-o"));
    }
    assertEquals(500, refresher.remembered());
    assertFalse(keysOf(refresher, "refreshes").toString().contains("old-"));

    now.addAndGet(TokenRefresher.REMEMBER_NANOS + 1);
    refresher.refreshed(provider, "later-o");

    assertEquals(1, refresher.remembered());
  }

  @Test
  void aPausedTokenIsNotSweptUntilItsPauseEnds() throws Exception {
    Throttle throttle = new Throttle(new RateLimit(60, Duration.ofSeconds(60)), now::get, TIMER);
    throttle.pause("paused-o", Duration.ofSeconds(30));
    for (int i = 0; i < 200; i++) {
      throttle.acquire("t" + i + "o", far()).release();
    }
    now.addAndGet(Duration.ofSeconds(20).toNanos());
    throttle.sweep();
    assertTrue(throttle.heldKeys() >= 200, "nothing expired yet");
  }

  private long far() {
    return now.get() + Duration.ofHours(1).toNanos();
  }

  private static Map<?, ?> keysOf(Object owner, String field) throws Exception {
    Field map = owner.getClass().getDeclaredField(field);
    map.setAccessible(true);
    return (Map<?, ?>) map.get(owner);
  }
}
