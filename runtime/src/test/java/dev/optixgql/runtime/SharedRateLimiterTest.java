package dev.optixgql.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.runtime.generated.ClientCalls;
import dev.optixgql.runtime.testing.LimitingServer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link RateLimiter}: three clients (three app instances) sharing one budget stay under the
 * server's per-token limit together, where each alone keeps only its own; a failing limiter fails
 * the call, typed, before anything is sent; a slot for a request the server refused is given back.
 */
class SharedRateLimiterTest {
  private static final RateLimit LIMIT = new RateLimit(5, Duration.ofMillis(600));
  private static final String TOKEN = "shared-budget-token-o";

  @Test
  void threeClientsSharingALimiterStayUnderTheServersLimit() throws Exception {
    SlidingWindow shared = new SlidingWindow(LIMIT, Duration.ofMillis(150));
    try (LimitingServer server =
        LimitingServer.start(LIMIT.requests(), LIMIT.window(), TestClients.PONG, 4)) {
      List<OptixClient> clients = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        clients.add(client(server).rateLimiter(shared).build());
      }
      warmUp(clients);
      long start = System.nanoTime();
      List<CompletableFuture<PingOperation.Data>> calls = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        calls.add(
            ClientCalls.executeAsync(
                clients.get(i % 3), TokenKind.ORGANIZATION, "Api", new PingOperation(null)));
      }
      CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
      long millis = (System.nanoTime() - start) / 1_000_000;

      assertEquals(33, server.served());
      assertEquals(0, server.refused(), "no 429: the shared budget held for all three");
      // 30 calls at 5 a window: the first 5 at once, then 5 windows of (600 + 150) ms at least.
      assertTrue(millis >= 5 * 600, () -> "30 calls took only " + millis + " ms");
      clients.forEach(OptixClient::close);
    }
  }

  @Test
  void withoutTheSharedLimiterTheSameClientsAreRefused() throws Exception {
    try (LimitingServer server =
        LimitingServer.start(LIMIT.requests(), LIMIT.window(), TestClients.PONG, 4)) {
      List<OptixClient> clients = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        clients.add(client(server).build());
      }
      List<CompletableFuture<PingOperation.Data>> calls = new ArrayList<>();
      for (int i = 0; i < 15; i++) {
        calls.add(
            ClientCalls.executeAsync(
                clients.get(i % 3), TokenKind.ORGANIZATION, "Api", new PingOperation(null)));
      }
      for (CompletableFuture<PingOperation.Data> call : calls) {
        try {
          call.join();
        } catch (CompletionException e) {
          // refused past its retries: what this test shows
        }
      }

      assertTrue(server.refused() > 0, "each client kept only its own window");
      clients.forEach(OptixClient::close);
    }
  }

  @Test
  void aFailingLimiterFailsTheCallTypedAndSendsNothing() throws Exception {
    RateLimiter down =
        new RateLimiter() {
          @Override
          public long tryTake(String key) {
            throw new IllegalStateException("connection refused");
          }

          @Override
          public void giveBack(String key) {}
        };
    try (LimitingServer server =
        LimitingServer.start(LIMIT.requests(), LIMIT.window(), TestClients.PONG, 2)) {
      OptixClient client = client(server).rateLimiter(down).build();

      RateLimiterUnavailableException sync =
          assertThrows(
              RateLimiterUnavailableException.class,
              () ->
                  ClientCalls.execute(
                      client, TokenKind.ORGANIZATION, "Api", new PingOperation(null)));
      CompletionException async =
          assertThrows(
              CompletionException.class,
              () ->
                  ClientCalls.executeAsync(
                          client, TokenKind.ORGANIZATION, "Api", new PingOperation(null))
                      .join());

      assertTrue(sync.getMessage().contains("connection refused"), sync::getMessage);
      assertTrue(
          async.getCause() instanceof RateLimiterUnavailableException, () -> async.toString());
      assertEquals(0, server.served() + server.refused(), "nothing was sent");
      client.close();
    }
  }

  @Test
  void aSlotTheServerRefusedIsGivenBack() throws Exception {
    AtomicInteger taken = new AtomicInteger();
    AtomicInteger givenBack = new AtomicInteger();
    RateLimiter counting =
        new RateLimiter() {
          @Override
          public long tryTake(String key) {
            if (key.contains(TOKEN) || !key.matches("[0-9a-f]{32}")) {
              throw new AssertionError("a limiter key must be a fingerprint: " + key);
            }
            taken.incrementAndGet();
            return 0;
          }

          @Override
          public void giveBack(String key) {
            givenBack.incrementAndGet();
          }
        };
    // One request per 10 s: the second is refused with 429, and waiting would pass its deadline.
    try (LimitingServer server =
        LimitingServer.start(1, Duration.ofSeconds(10), TestClients.PONG, 2)) {
      OptixClient client =
          client(server)
              .rateLimiter(counting)
              .retryPolicy(new RetryPolicy(2, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(3)))
              .build();

      ClientCalls.execute(client, TokenKind.ORGANIZATION, "Api", new PingOperation(null));
      assertThrows(
          RateLimitedException.class,
          () ->
              ClientCalls.execute(client, TokenKind.ORGANIZATION, "Api", new PingOperation(null)));

      assertEquals(1, server.served());
      assertTrue(server.refused() >= 1);
      assertEquals(
          server.served(), taken.get() - givenBack.get(), "every refused request's slot came back");
      client.close();
    }
  }

  /**
   * One call per client under a token of its own, so the measured calls do not include a cold JVM's
   * first connection (a first request slower than the limiter's margin).
   */
  private static void warmUp(List<OptixClient> clients) {
    for (int i = 0; i < clients.size(); i++) {
      ClientCalls.execute(
          clients.get(i).withTokens(TokenProvider.fixed("warm-up-" + i + "-o")),
          TokenKind.ORGANIZATION,
          "Api",
          new PingOperation(null));
    }
  }

  private static OptixClient.Builder client(LimitingServer server) {
    return OptixClient.builder()
        .endpoint(server.endpoint())
        .tokenProvider(TokenProvider.fixed(TOKEN))
        .rateLimit(LIMIT)
        .retryPolicy(new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(60)));
  }

  /**
   * A stand-in for a shared store's limiter: a sliding log per key, each slot held a window plus a
   * margin for the time between taking it and the request's arrival.
   */
  private static final class SlidingWindow implements RateLimiter {
    private final int requests;
    private final long hold;
    private final Map<String, ArrayDeque<Long>> taken = new HashMap<>();

    SlidingWindow(RateLimit limit, Duration margin) {
      this.requests = limit.requests();
      this.hold = limit.window().plus(margin).toNanos();
    }

    @Override
    public synchronized long tryTake(String key) {
      ArrayDeque<Long> stamps = taken.computeIfAbsent(key, k -> new ArrayDeque<>());
      long now = System.nanoTime();
      while (!stamps.isEmpty() && now - stamps.peekFirst() >= hold) {
        stamps.removeFirst();
      }
      if (stamps.size() < requests) {
        stamps.addLast(now);
        return 0;
      }
      return stamps.peekFirst() + hold - now;
    }

    @Override
    public synchronized void giveBack(String key) {
      ArrayDeque<Long> stamps = taken.get(key);
      if (stamps != null && !stamps.isEmpty()) {
        stamps.removeLast();
      }
    }
  }
}
