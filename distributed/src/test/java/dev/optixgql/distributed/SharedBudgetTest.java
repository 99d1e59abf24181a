package dev.optixgql.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.runtime.OptixClient;
import dev.optixgql.runtime.RateLimit;
import dev.optixgql.runtime.RetryPolicy;
import dev.optixgql.runtime.TokenKind;
import dev.optixgql.runtime.TokenProvider;
import dev.optixgql.runtime.generated.ClientCalls;
import dev.optixgql.runtime.testing.LimitingServer;
import dev.optixgql.runtime.testing.PingQuery;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Three app instances (three clients, each with its own limiter opened on one PostgreSQL) against a
 * loopback server enforcing a per-token limit as Optix does: together they stay under it, and take
 * about as long as the limit allows.
 */
class SharedBudgetTest {
  private static final RateLimit LIMIT = new RateLimit(10, Duration.ofSeconds(1));

  /**
   * The slack after each window for a request's trip (the default would be 100 ms here). A busy
   * machine (CI with other builds) delayed a request by more than 200 ms after it took its slot, so
   * it met the next window's burst: the test keeps room for that, as a slow link should.
   */
  private static final Duration MARGIN = Duration.ofMillis(500);

  private static final String PONG = "{\"data\":{\"ping\":{\"status\":\"ok\",\"time\":5}}}";

  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = EmbeddedPostgres.start();
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    postgres.close();
  }

  @Test
  void ninetyCallsFromThreeInstancesGetNo429AndTakeWhatTheLimitAllows() throws Exception {
    try (LimitingServer server = LimitingServer.start(LIMIT.requests(), LIMIT.window(), PONG, 4)) {
      List<OptixClient> instances = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        instances.add(
            OptixClient.builder()
                .endpoint(server.endpoint())
                .tokenProvider(TokenProvider.fixed("one-organization-token-o"))
                .rateLimit(LIMIT)
                .rateLimiter(
                    PostgresRateLimiter.create(postgres.getPostgresDatabase(), LIMIT, MARGIN))
                .retryPolicy(
                    new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(120)))
                .build());
      }
      // Warm instances, as a running app's are: a cold JVM's first connection is slower than the
      // limiter's margin.
      for (int i = 0; i < 3; i++) {
        instances
            .get(i)
            .withTokens(TokenProvider.fixed("warm-up-" + i + "-o"))
            .execute(new PingQuery());
      }
      long start = System.nanoTime();
      List<CompletableFuture<PingQuery.Data>> calls = new ArrayList<>();
      for (int i = 0; i < 90; i++) {
        calls.add(
            ClientCalls.executeAsync(
                instances.get(i % 3), TokenKind.ORGANIZATION, "Api", new PingQuery()));
      }
      CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "SharedBudgetTest: 90 calls from 3 instances in %.1f s; %d served, %d refused%n",
          seconds, server.served(), server.refused());

      assertEquals(93, server.served());
      assertEquals(0, server.refused(), "no 429: the three instances shared one budget");
      // The first 10 at once, then 8 more windows of 1 s (and the limiter's 0.5 s margin each).
      assertTrue(seconds >= 8, () -> "90 calls took only " + seconds + " s");
      assertTrue(seconds < 8 + 8 * 0.5 + 4, () -> "90 calls took " + seconds + " s");
      instances.forEach(OptixClient::close);
    }
  }
}
