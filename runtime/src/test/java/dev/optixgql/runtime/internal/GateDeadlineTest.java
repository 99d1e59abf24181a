package dev.optixgql.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.runtime.RateLimit;
import dev.optixgql.runtime.RateLimitHeaders;
import dev.optixgql.runtime.RateLimitedException;
import dev.optixgql.runtime.RetryPolicy;
import dev.optixgql.runtime.TokenKind;
import dev.optixgql.runtime.TokenPlacement;
import dev.optixgql.runtime.TokenProvider;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A call queued at a full {@link RequestGate} fails at its deadline with the error a throttle wait
 * past it gives ({@link RateLimitedException}), gives up its place and sends nothing, on both
 * paths. The gate is held by the test, so nothing but the deadline can end the wait; the preemptive
 * timeout only turns a hang into a failure.
 */
class GateDeadlineTest {
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final RequestGate gate = new RequestGate(1);
  private final CallExecutor executor =
      new CallExecutor(
          new Exchange(
              HttpClient.newHttpClient(),
              URI.create("http://127.0.0.1:9/graphql"), // never reached: the gate stays full
              TokenPlacement.AUTHORIZATION_HEADER,
              Duration.ofSeconds(10),
              1024,
              timer),
          new Throttle(RateLimit.none(), System::nanoTime, timer),
          new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ofMillis(200)),
          RateLimitHeaders.DEFAULT,
          info -> {},
          timer,
          gate);
  private final CallExecutor.Call call =
      new CallExecutor.Call(
          "Ping",
          "Test",
          TokenKind.ANY,
          true,
          new Exchange.Body() {
            @Override
            public byte[] json(String token) {
              throw new AssertionError("nothing may be written, let alone sent");
            }

            @Override
            public byte[] form(String token) {
              throw new AssertionError("nothing may be written, let alone sent");
            }
          });

  @AfterEach
  void stop() {
    timer.shutdownNow();
  }

  @Test
  void aBlockingCallFailsAtItsDeadlineAndLeavesTheQueue() {
    gate.enter(); // the one place, held

    RateLimitedException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10),
            () ->
                assertThrows(
                    RateLimitedException.class,
                    () ->
                        executor.execute(
                            call, TokenProvider.fixed("gate-t0ken-o"), new TokenRefresher())));

    assertTrue(e.getMessage().contains("could not be sent within its deadline"), e::getMessage);
    assertTrue(e.getMessage().contains("maxConcurrentRequests"), e::getMessage);
    gate.leave();
    assertEquals(0, gate.inside(), "the timed-out caller kept no place");
  }

  @Test
  void anAsyncCallFailsAtItsDeadlineAndLeavesTheQueue() throws Exception {
    gate.enter();

    CallExecutor.AsyncCall<Object> async =
        executor.executeAsync(
            call,
            TokenProvider.fixed("gate-t0ken-o"),
            new TokenRefresher(),
            Runnable::run,
            success -> success);
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> async.get(10, TimeUnit.SECONDS));

    RateLimitedException failure = assertInstanceOf(RateLimitedException.class, e.getCause());
    assertTrue(failure.getMessage().contains("within its deadline"), failure::getMessage);
    gate.leave();
    assertEquals(0, gate.inside(), "the timed-out call kept no place");
  }
}
