package dev.optixgql.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.runtime.RateLimit;
import dev.optixgql.runtime.RateLimitHeaders;
import dev.optixgql.runtime.RateLimitedException;
import dev.optixgql.runtime.RetryPolicy;
import dev.optixgql.runtime.TokenKind;
import dev.optixgql.runtime.TokenPlacement;
import dev.optixgql.runtime.TransportException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The retry rules decided without sending or waiting: what a call does after each answer is what
 * {@link CallState} says, so the waits are checked here as values, and the fault tests against a
 * real server only check that the client waited at least that long.
 */
class CallStateTest {
  private static final String TOKEN = "t0ken-for-rules-o";
  private final ManualTimer timer = new ManualTimer(0);
  private final Throttle throttle = new Throttle(RateLimit.none(), timer::nanoTime, timer);

  @Test
  void a429WithRetryAfterIsRetriedAfterExactlyThatLong() throws Exception {
    CallState state = state(query(), RetryPolicy.DEFAULT);
    state.startAttempt();

    CallState.Next next = state.answered(tooMany("1"), permit());

    assertEquals(new CallState.Retry(Duration.ofSeconds(1)), next);
  }

  @Test
  void a429WithRetryAfterZeroIsRetriedUntilTheAttemptsRunOut() throws Exception {
    CallState state = state(query(), RetryPolicy.DEFAULT);
    for (int attempt = 1; attempt < RetryPolicy.DEFAULT.maxAttempts(); attempt++) {
      state.startAttempt();
      assertEquals(new CallState.Retry(Duration.ZERO), state.answered(tooMany("0"), permit()));
    }
    state.startAttempt();

    CallState.Next last = state.answered(tooMany("0"), permit());

    RateLimitedException e =
        assertInstanceOf(
            RateLimitedException.class, assertInstanceOf(CallState.Fail.class, last).failure());
    assertTrue(e.getMessage().contains("HTTP 429, retry after 0 s"), e::getMessage);
  }

  @Test
  void aRetryAfterBeyondTheDeadlineFailsAtOnce() throws Exception {
    RetryPolicy tenSeconds =
        new RetryPolicy(4, Duration.ofMillis(250), Duration.ofSeconds(8), Duration.ofSeconds(10));
    CallState state = state(query(), tenSeconds);
    state.startAttempt();

    CallState.Next next = state.answered(tooMany("60"), permit());

    RateLimitedException e =
        assertInstanceOf(
            RateLimitedException.class, assertInstanceOf(CallState.Fail.class, next).failure());
    assertTrue(e.getMessage().contains("would pass its deadline"), e::getMessage);
  }

  @Test
  void aMutationRefusedWithRetryAfterIsNotSentAgain() throws Exception {
    CallState state = state(mutation(), RetryPolicy.DEFAULT);
    state.startAttempt();

    CallState.Next next = state.answered(tooMany("1"), permit());

    assertInstanceOf(
        RateLimitedException.class, assertInstanceOf(CallState.Fail.class, next).failure());
  }

  @Test
  void aResetQueryBacksOffWithinThePolicysBoundsAndAMutationFails() throws Exception {
    CallState query = state(query(), RetryPolicy.DEFAULT);
    query.startAttempt();
    CallState.Retry retry =
        assertInstanceOf(
            CallState.Retry.class, query.failed(new IOException("Connection reset"), permit()));
    // The first backoff: 250 ms with ±50% jitter.
    assertTrue(
        retry.after().compareTo(Duration.ofMillis(125)) >= 0
            && retry.after().compareTo(Duration.ofMillis(375)) <= 0,
        retry::toString);

    CallState mutation = state(mutation(), RetryPolicy.DEFAULT);
    mutation.startAttempt();
    CallState.Next failed = mutation.failed(new IOException("Connection reset"), permit());
    assertInstanceOf(
        TransportException.class, assertInstanceOf(CallState.Fail.class, failed).failure());
  }

  private CallState state(CallExecutor.Call call, RetryPolicy retries) {
    Exchange exchange =
        new Exchange(
            HttpClient.newHttpClient(),
            URI.create("http://127.0.0.1:9/graphql"),
            TokenPlacement.AUTHORIZATION_HEADER,
            Duration.ofSeconds(5),
            1 << 20,
            timer);
    return new CallState(
        call, TOKEN, exchange, throttle, retries, RateLimitHeaders.DEFAULT, info -> {});
  }

  private Throttle.Permit permit() throws Exception {
    return throttle.acquire(TOKEN, Long.MAX_VALUE);
  }

  private static CallExecutor.Call query() {
    return new CallExecutor.Call("Ping", "Api", TokenKind.ANY, true, null);
  }

  private static CallExecutor.Call mutation() {
    return new CallExecutor.Call("CommitBooking", "Api", TokenKind.ANY, false, null);
  }

  private static Exchange.Raw tooMany(String retryAfter) {
    HttpHeaders headers =
        HttpHeaders.of(
            Map.of(
                "Retry-After", List.of(retryAfter),
                "X-RateLimit-Limit", List.of("60"),
                "X-RateLimit-Remaining", List.of("0")),
            (name, value) -> true);
    return new Exchange.Raw(
        429, headers, "{\"message\":\"Too Many Attempts.\"}".getBytes(StandardCharsets.UTF_8));
  }
}
