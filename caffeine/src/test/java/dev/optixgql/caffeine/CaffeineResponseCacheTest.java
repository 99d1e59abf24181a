package dev.optixgql.caffeine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.optixgql.runtime.Operation;
import dev.optixgql.runtime.OptixClient;
import dev.optixgql.runtime.RateLimit;
import dev.optixgql.runtime.TokenKind;
import dev.optixgql.runtime.TokenKindMismatchException;
import dev.optixgql.runtime.TokenProvider;
import dev.optixgql.runtime.generated.ClientCalls;
import dev.optixgql.runtime.testing.EchoQuery;
import dev.optixgql.runtime.testing.LimitingServer;
import dev.optixgql.runtime.testing.PingQuery;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A client with a {@link CaffeineResponseCache}, against a loopback server that counts what it
 * serves: a cached query is sent once for many reads within its time to live, again after
 * invalidation or expiry, never for a mutation, never across tokens, and the cache stays within its
 * bounds for 10,000 organizations.
 */
@Timeout(120) // a hang guard, not a speed bound
class CaffeineResponseCacheTest {
  private static final String TOKEN = "cache-t0ken-1o";

  /** {@code mutation Touch { ping { status } }}. */
  record TouchMutation() implements Operation<PingQuery.Data> {
    @Override
    public String document() {
      return "mutation Touch{ping{status}}";
    }

    @Override
    public String operationName() {
      return "Touch";
    }

    @Override
    public boolean isMutation() {
      return true;
    }

    @Override
    public Class<PingQuery.Data> dataType() {
      return PingQuery.Data.class;
    }

    @Override
    public void writeVariables(JsonGenerator out) {}

    @Override
    public PingQuery.Data readData(JsonParser in) throws IOException {
      return new PingQuery().readData(in);
    }
  }

  private final AtomicLong nanos = new AtomicLong();
  private final LimitingServer server =
      LimitingServer.start(1_000_000, Duration.ofMinutes(1), PingQuery.ANSWER, 2);

  @AfterEach
  void stop() {
    server.close();
  }

  private OptixClient client(CaffeineResponseCache cache) {
    return OptixClient.builder()
        .endpoint(server.endpoint())
        .tokenProvider(TokenProvider.fixed(TOKEN))
        .rateLimit(RateLimit.none())
        .responseCache(cache)
        .build();
  }

  private CaffeineResponseCache.Builder cache() {
    return CaffeineResponseCache.builder().ticker(nanos::get);
  }

  @Test
  void aCachedQueryIsSentOnceForManyReadsWithinItsTimeToLive() {
    CaffeineResponseCache cache = cache().cache("Ping", Duration.ofMinutes(5)).build();
    try (OptixClient client = client(cache)) {
      for (int i = 0; i < 5; i++) {
        assertEquals("ok", client.execute(new PingQuery()).status());
      }
      for (int i = 0; i < 3; i++) {
        assertEquals("ok", client.executeAsync(new PingQuery()).join().status());
      }
    }
    assertEquals(1, server.served());
    assertEquals(7, cache.stats().hitCount());
    assertEquals(1, cache.stats().missCount());
  }

  @Test
  void sentAgainAfterInvalidationOrExpiry() {
    CaffeineResponseCache cache = cache().cache("Ping", Duration.ofMinutes(5)).build();
    try (OptixClient client = client(cache)) {
      client.execute(new PingQuery());
      client.execute(new PingQuery());
      assertEquals(1, server.served());

      cache.invalidateOperation(PingQuery.class.getSimpleName().replace("Query", ""));
      client.execute(new PingQuery());
      assertEquals(2, server.served(), "after invalidating the operation");

      cache.invalidateToken(TOKEN);
      client.execute(new PingQuery());
      assertEquals(3, server.served(), "after invalidating the token");

      nanos.addAndGet(Duration.ofMinutes(5).minusSeconds(1).toNanos());
      client.execute(new PingQuery());
      assertEquals(3, server.served(), "still fresh");
      nanos.addAndGet(Duration.ofSeconds(2).toNanos());
      client.execute(new PingQuery());
      assertEquals(4, server.served(), "after its time to live");
    }
  }

  @Test
  void neverForAMutationNorAnOperationNotNamed() {
    CaffeineResponseCache cache = cache().cache("Touch", Duration.ofMinutes(5)).build();
    try (OptixClient client = client(cache)) {
      client.execute(new TouchMutation());
      client.execute(new TouchMutation());
      client.execute(new PingQuery());
      client.execute(new PingQuery());
    }
    assertEquals(4, server.served());
    assertEquals(0, cache.size());
    assertNull(cache.timeToLive(new TouchMutation()));
  }

  @Test
  void keyedByVariablesAndNeverSharedAcrossTokens() {
    CaffeineResponseCache cache = cache().cacheEveryQuery(Duration.ofMinutes(5)).build();
    try (OptixClient client = client(cache);
        OptixClient other = client.withTokens(TokenProvider.fixed("cache-t0ken-2o"))) {
      client.execute(new EchoQuery("a", 0));
      client.execute(new EchoQuery("b", 0));
      client.execute(new EchoQuery("a", 0));
      other.execute(new EchoQuery("a", 0));
      other.execute(new EchoQuery("a", 0));
    }
    assertEquals(3, server.served(), "a, b, and a with the other token");
    assertEquals(2, cache.stats().hitCount());
    assertTrue(
        cache.caffeine().asMap().keySet().stream()
            .noneMatch(key -> key.toString().contains("t0ken")),
        "no key holds a token");
  }

  @Test
  void tenThousandOrganizationsStayWithinTheBounds() {
    long maximumBytes = 256 << 10;
    CaffeineResponseCache cache =
        cache()
            .cache("Ping", Duration.ofMinutes(5))
            .maximumEntries(1_000)
            .maximumBytes(maximumBytes)
            .build();
    try (OptixClient client = client(cache)) {
      for (int i = 0; i < 10_000; i++) {
        OptixClient organization = client.withTokens(TokenProvider.fixed("org-" + i + "-t0ken-o"));
        organization.execute(new PingQuery());
        assertTrue(cache.size() <= 1_000, () -> "entries: " + cache.size());
      }
    }
    assertEquals(10_000, server.served());
    assertTrue(cache.bytes() <= maximumBytes, () -> "bytes: " + cache.bytes());
    assertTrue(cache.size() > 0 && cache.size() <= 1_000, () -> "entries: " + cache.size());
    assertTrue(cache.stats().evictionCount() >= 9_000, () -> cache.stats().toString());
  }

  @Test
  void aResponseWithErrorsIsNotKept() {
    String partial =
        "{\"data\":{\"ping\":{\"status\":\"ok\"}},\"errors\":[{\"message\":\"slow\"}]}";
    CaffeineResponseCache cache = cache().cache("Ping", Duration.ofMinutes(5)).build();
    try (LimitingServer partialServer =
            LimitingServer.start(1_000, Duration.ofMinutes(1), partial, 2);
        OptixClient client =
            OptixClient.builder()
                .endpoint(partialServer.endpoint())
                .tokenProvider(TokenProvider.fixed(TOKEN))
                .rateLimit(RateLimit.none())
                .responseCache(cache)
                .build()) {
      assertTrue(client.call(new PingQuery()).hasErrors());
      assertTrue(client.call(new PingQuery()).hasErrors());
      assertEquals(2, partialServer.served());
    }
    assertEquals(0, cache.size());
  }

  @Test
  void aTokenOfTheWrongKindIsRefusedEvenWhenItsResultIsKept() {
    CaffeineResponseCache cache = cache().cache("Ping", Duration.ofMinutes(5)).build();
    try (OptixClient client = client(cache)) {
      client.execute(new PingQuery()); // kept for the organization token
      assertThrows(
          TokenKindMismatchException.class,
          () -> ClientCalls.execute(client, TokenKind.PERSONAL, "PersonalApi", new PingQuery()));
      assertEquals("ok", client.call(new PingQuery()).data().status());
    }
    assertEquals(1, server.served());
    assertEquals(1, cache.stats().hitCount());
  }

  @Test
  void refusesATimeToLiveThatIsNotPositive() {
    assertThrows(
        IllegalArgumentException.class, () -> cache().cache("Ping", Duration.ZERO).build());
  }
}
