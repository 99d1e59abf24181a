package dev.optixgql.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.runtime.OptixClient;
import dev.optixgql.runtime.RateLimit;
import dev.optixgql.runtime.RateLimitedException;
import dev.optixgql.runtime.RetryPolicy;
import dev.optixgql.runtime.TokenProvider;
import dev.optixgql.runtime.testing.LimitingServer;
import dev.optixgql.runtime.testing.MapResponseCache;
import dev.optixgql.runtime.testing.PingQuery;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What a client with {@link OptixObservations} records, against a loopback server enforcing a
 * per-token limit the way Optix does: a timer per operation and outcome, an attempt observation
 * under each call's, retries and 429s counted, the lowest budget left as a gauge, and a number of
 * meters that does not grow with the number of organizations (tokens).
 */
@Timeout(120) // a hang guard, not a speed bound
class OptixObservationsTest {
  private final MeterRegistry meters = new SimpleMeterRegistry();
  private final TestObservationRegistry observations = TestObservationRegistry.create();

  OptixObservationsTest() {
    observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
  }

  private OptixClient.Builder client(LimitingServer server, String token) {
    return OptixClient.builder()
        .endpoint(server.endpoint())
        .tokenProvider(TokenProvider.fixed(token))
        .rateLimit(RateLimit.none())
        .retryPolicy(
            new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofSeconds(5)))
        .callListener(OptixObservations.of(observations, meters));
  }

  @Test
  void aCallIsATimedObservationWithItsAttempt() {
    try (LimitingServer server =
            LimitingServer.start(60, Duration.ofMinutes(1), PingQuery.ANSWER, 2);
        OptixClient client = client(server, "obs-t0ken-1o").build()) {
      assertEquals("ok", client.execute(new PingQuery()).status());
      assertEquals("ok", client.executeAsync(new PingQuery()).join().status());
    }
    Timer timer =
        meters
            .get(OptixObservations.CALL)
            .tag("graphql.operation.name", "Ping")
            .tag("graphql.operation.type", "query")
            .tag("optixgql.outcome", "success")
            .tag("optixgql.cache", "none")
            .tag("error", "none")
            .timer();
    assertEquals(2, timer.count());
    TestObservationRegistryAssert.assertThat(observations)
        .hasNumberOfObservationsWithNameEqualTo(OptixObservations.CALL, 2)
        .hasNumberOfObservationsWithNameEqualTo(OptixObservations.ATTEMPT, 2)
        .hasObservationWithNameEqualTo(OptixObservations.ATTEMPT)
        .that()
        .hasLowCardinalityKeyValue("http.response.status_code", "200")
        .hasParentObservationContextMatching(
            parent -> OptixObservations.CALL.equals(parent.getName()))
        .hasBeenStopped();
    TestObservationRegistryAssert.assertThat(observations)
        .hasObservationWithNameEqualTo(OptixObservations.CALL)
        .that()
        .hasContextualNameEqualTo("query Ping")
        .hasLowCardinalityKeyValue("optixgql.client", "OptixClient");
    assertEquals(59.0, meters.get(OptixObservations.LOWEST_REMAINING).gauge().value(), 1.0);
  }

  @Test
  void callsAnsweredByTheResponseCacheAreTimedAsHits() {
    MapResponseCache cache = new MapResponseCache();
    try (LimitingServer server =
            LimitingServer.start(60, Duration.ofMinutes(1), PingQuery.ANSWER, 2);
        OptixClient client = client(server, "obs-t0ken-4o").responseCache(cache).build()) {
      for (int i = 0; i < 3; i++) {
        assertEquals("ok", client.execute(new PingQuery()).status());
        assertEquals("ok", client.executeAsync(new PingQuery()).join().status());
      }
      assertEquals(1, server.served());
    }
    assertEquals(
        1, meters.get(OptixObservations.CALL).tag("optixgql.cache", "miss").timer().count());
    assertEquals(
        5, meters.get(OptixObservations.CALL).tag("optixgql.cache", "hit").timer().count());
    // One attempt in all: a hit sends nothing.
    TestObservationRegistryAssert.assertThat(observations)
        .hasNumberOfObservationsWithNameEqualTo(OptixObservations.CALL, 6)
        .hasNumberOfObservationsWithNameEqualTo(OptixObservations.ATTEMPT, 1);
  }

  @Test
  void refusalsAreCountedAndAFailedCallIsTimedAsFailed() {
    // One request a minute per token: the second call is refused with 429 and Retry-After (60 s),
    // which its deadline cannot wait for.
    try (LimitingServer server =
            LimitingServer.start(1, Duration.ofMinutes(1), PingQuery.ANSWER, 2);
        OptixClient client = client(server, "obs-t0ken-2o").build()) {
      client.execute(new PingQuery());
      assertThrows(RateLimitedException.class, () -> client.execute(new PingQuery()));
    }
    assertEquals(1, meters.get(OptixObservations.RATE_LIMITED).counter().count());
    assertEquals(
        1,
        meters
            .get(OptixObservations.CALL)
            .tag("optixgql.outcome", "failed")
            .tag("error", "RateLimitedException")
            .timer()
            .count());
    assertEquals(0.0, meters.get(OptixObservations.LOWEST_REMAINING).gauge().value());
    assertEquals(
        0, meters.get(OptixObservations.RETRIES).tag("reason", "rate_limited").counter().count());
  }

  @Test
  void tenThousandOrganizationsAddNoMeters() {
    try (LimitingServer server =
            LimitingServer.start(60, Duration.ofMinutes(1), PingQuery.ANSWER, 2);
        OptixClient client = client(server, "obs-t0ken-0o").build()) {
      client.execute(new PingQuery());
      int after1 = meters.getMeters().size();
      for (int i = 0; i < 10_000; i++) {
        String token = "obs-org-" + i + "-t0ken-o";
        client.withTokens(TokenProvider.fixed(token)).execute(new PingQuery());
      }
      assertEquals(10_001, server.served());
      assertEquals(after1, meters.getMeters().size(), () -> meters.getMeters().toString());
    }
    assertEquals(
        10_001,
        meters.get(OptixObservations.CALL).tag("optixgql.outcome", "success").timer().count());
  }

  @Test
  void theLowestBudgetForgetsAfterAMinute() {
    long[] now = {0};
    LowestRemaining lowest = new LowestRemaining(() -> now[0]);
    assertTrue(Double.isNaN(lowest.value()));
    lowest.seen(40);
    now[0] += Duration.ofSeconds(10).toNanos();
    lowest.seen(3);
    lowest.seen(12);
    assertEquals(3.0, lowest.value());
    now[0] += Duration.ofSeconds(55).toNanos();
    lowest.seen(50);
    assertEquals(3.0, lowest.value());
    now[0] += Duration.ofSeconds(10).toNanos();
    assertEquals(50.0, lowest.value());
    now[0] += Duration.ofSeconds(61).toNanos();
    assertTrue(Double.isNaN(lowest.value()));
  }
}
