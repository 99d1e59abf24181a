package dev.optixgql.runtime;

import static dev.optixgql.runtime.TestClients.PONG;
import static dev.optixgql.runtime.TestClients.PONG_DATA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.runtime.FaultServer.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The client-side rate limit end to end, judged by the server's clock: no token ever sends more
 * than the limit within any window, tokens are limited apart, and a batch counts once. The window
 * rule's exact timing is {@code internal.ThrottleWindowTest}'s, on an injected clock.
 */
class ThrottleTest {
  private static final Duration WINDOW = Duration.ofMillis(300);
  private static final int LIMIT = 10;
  private static final String OTHER = "0ther-t0k3n-77o";

  private FaultServer server;

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void thirtyTwoThreadsNeverExceedTheLimitInAnyWindow() throws Exception {
    server = FaultServer.start(request -> Reply.json(200, PONG));
    OptixClient client = throttled(new RateLimit(LIMIT, WINDOW));

    runConcurrently(32, 50, client);

    List<FaultServer.Request> received = server.received();
    assertEquals(50, received.size());
    // Never over the limit by the server's clock. That the limit is also used to the full, to the
    // nanosecond, ThrottleWindowTest shows on a clock of its own: here a loaded machine may
    // rightly send fewer.
    assertTrue(busiestWindow(received) <= LIMIT, () -> "busiest " + busiestWindow(received));
  }

  @Test
  void twoTokensAreThrottledIndependently() throws Exception {
    server = FaultServer.start(request -> Reply.json(200, PONG));
    OptixClient client = throttled(new RateLimit(5, WINDOW));
    OptixClient other = client.withTokens(TokenProvider.fixed(OTHER));

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<?> first = pool.submit(() -> runConcurrently(10, 15, client));
      Future<?> second = pool.submit(() -> runConcurrently(10, 15, other));
      first.get(10, TimeUnit.SECONDS);
      second.get(10, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }

    List<FaultServer.Request> received = server.received();
    Predicate<FaultServer.Request> mine =
        r -> r.header("Authorization").endsWith(TestClients.TOKEN);
    List<FaultServer.Request> ours = received.stream().filter(mine).toList();
    List<FaultServer.Request> theirs = received.stream().filter(mine.negate()).toList();
    assertEquals(List.of(15, 15), List.of(ours.size(), theirs.size()));
    assertTrue(busiestWindow(ours) <= 5, () -> "ours " + busiestWindow(ours));
    assertTrue(busiestWindow(theirs) <= 5, () -> "theirs " + busiestWindow(theirs));
    assertTrue(busiestWindow(received) > 5, "one token's sends do not hold the other back");
  }

  @Test
  void aBatchCountsOnce() {
    String three = "[" + PONG + "," + PONG + "," + PONG + "]";
    server = FaultServer.script(Reply.json(200, three), Reply.json(200, PONG));
    OptixClient client =
        TestClients.builder(server)
            .rateLimit(new RateLimit(2, Duration.ofSeconds(30)))
            .retryPolicy(new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ofMillis(100)))
            .build();

    Batch batch = client.batch();
    List<Batch.Item<PingOperation.Data>> items = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      items.add(batch.add(new PingOperation("b" + i)));
    }
    batch.send();
    PingOperation.Data single = client.execute(new PingOperation("single"));
    RateLimitedException third =
        assertThrows(RateLimitedException.class, () -> client.execute(new PingOperation("3")));

    assertEquals(PONG_DATA, items.get(2).get());
    assertEquals(PONG_DATA, single);
    assertEquals(2, server.received().size());
    assertTrue(
        third.getMessage().contains("could not be sent within its deadline"), third::getMessage);
  }

  private OptixClient throttled(RateLimit limit) {
    return TestClients.builder(server)
        .rateLimit(limit)
        .retryPolicy(new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(20)))
        .build();
  }

  /** Makes {@code calls} calls from {@code threads} threads and checks every one completed. */
  private static Void runConcurrently(int threads, int calls, OptixClient client) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<PingOperation.Data>> futures = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        futures.add(pool.submit(() -> client.execute(new PingOperation(null))));
      }
      for (Future<PingOperation.Data> future : futures) {
        assertEquals(PONG_DATA, future.get(20, TimeUnit.SECONDS));
      }
      return null;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The most requests that arrived within any span shorter than the window. */
  private static int busiestWindow(List<FaultServer.Request> requests) {
    long[] arrivals =
        requests.stream().mapToLong(FaultServer.Request::arrivalNanos).sorted().toArray();
    int busiest = 0;
    int first = 0;
    for (int last = 0; last < arrivals.length; last++) {
      while (arrivals[last] - arrivals[first] >= WINDOW.toNanos()) {
        first++;
      }
      busiest = Math.max(busiest, last - first + 1);
    }
    return busiest;
  }
}
