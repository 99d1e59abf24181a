package dev.optixgql.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.runtime.generated.ClientCalls;
import dev.optixgql.runtime.testing.LimitingServer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Async calls hold no thread while they wait: 3,000 calls outstanding at once, most of them queued
 * on the per-token throttle, run on the client's fixed threads (independent of the number of calls
 * and tokens), the server never has to refuse one, and a closed client holds no thread.
 *
 * <p>The JDK's {@code HttpClient.sendAsync} completes each response after a hop to its default
 * async pool, which where the common pool has a single thread (two cores or fewer) is a new,
 * short-lived thread per response: those run none of our code and hold no call, so they are counted
 * and printed apart, not asserted.
 */
class AsyncScaleTest {
  private static final int ORGANIZATIONS = 100;
  private static final int CALLS_PER_ORGANIZATION = 30;
  private static final RateLimit LIMIT = new RateLimit(10, Duration.ofMillis(100));

  /** The size of each of the client's pools ({@code internal.Threads}). */
  private static final int POOL_SIZE = Math.max(2, Runtime.getRuntime().availableProcessors());

  /** Timer, async pool, HTTP pool and the JDK client's selector. */
  private static final int THREAD_BOUND = 2 * POOL_SIZE + 2;

  @Test
  void thousandsOfOutstandingCallsRunOnAFixedNumberOfThreads() throws Exception {
    Set<Thread> before = clientThreads();
    ThreadMXBean jvm = ManagementFactory.getThreadMXBean();
    ThreadSampler sampler = new ThreadSampler(before);
    try (LimitingServer server =
        LimitingServer.start(LIMIT.requests(), LIMIT.window(), TestClients.PONG, 4)) {
      OrganizationTokens tokens = new OrganizationTokens();
      for (int i = 0; i < ORGANIZATIONS; i++) {
        tokens.put("org-" + i, "scale-token-" + i + "o");
      }
      OptixClient client =
          OptixClient.builder()
              .endpoint(server.endpoint())
              .tokenProvider(TokenProvider.fixed("unused-o"))
              .rateLimit(LIMIT)
              .retryPolicy(new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(60)))
              .build();
      long startedBefore = jvm.getTotalStartedThreadCount();
      sampler.start();

      List<CompletableFuture<PingOperation.Data>> calls = new ArrayList<>();
      for (int call = 0; call < CALLS_PER_ORGANIZATION; call++) {
        for (int org = 0; org < ORGANIZATIONS; org++) {
          OptixClient view = client.withTokens(tokens.provider("org-" + org));
          calls.add(
              ClientCalls.executeAsync(
                  view, TokenKind.ORGANIZATION, "Api", new PingOperation(null)));
        }
      }
      int outstanding = (int) calls.stream().filter(c -> !c.isDone()).count();
      CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
      sampler.stop();
      long started = jvm.getTotalStartedThreadCount() - startedBefore;
      System.out.printf(
          "AsyncScaleTest: %d calls, %d outstanding after submitting, at most %d client threads"
              + " (bound %d); %d threads started in the JVM (the JDK's per-response hop where"
              + " the common pool has %d thread(s)); %d served, %d refused%n",
          calls.size(),
          outstanding,
          sampler.most(),
          THREAD_BOUND,
          started,
          java.util.concurrent.ForkJoinPool.getCommonPoolParallelism(),
          server.served(),
          server.refused());

      assertTrue(
          outstanding > calls.size() * 9 / 10,
          () -> outstanding + " outstanding right after submitting");
      for (CompletableFuture<PingOperation.Data> call : calls) {
        assertEquals(TestClients.PONG_DATA, call.join());
      }
      assertEquals(calls.size(), server.served());
      assertEquals(0, server.refused(), "the client kept every token under the server's limit");
      assertTrue(
          sampler.most() <= THREAD_BOUND,
          () -> sampler.most() + " client threads at the busiest moment, bound " + THREAD_BOUND);

      client.close();
      assertTrue(
          awaitNoneBut(before, Runtime.version().feature() >= 21 ? "" : "HttpClient-"),
          () -> "still alive after close: " + newThreads(before));
    } finally {
      sampler.stop();
    }
  }

  @Test
  void aCallerSuppliedExecutorRunsEveryStep() throws Exception {
    Set<Thread> before = clientThreads();
    AtomicLong ran = new AtomicLong();
    AtomicInteger named = new AtomicInteger();
    ExecutorService mine =
        Executors.newFixedThreadPool(
            2, r -> new Thread(r, "callers-pool-" + named.incrementAndGet()));
    try (LimitingServer server =
            LimitingServer.start(0, Duration.ofSeconds(1), TestClients.PONG, 2);
        OptixClient client =
            TestClients.builder(server.endpoint(), TokenProvider.fixed(TestClients.TOKEN))
                .executor(
                    task -> {
                      ran.incrementAndGet();
                      mine.execute(task);
                    })
                .build()) {
      List<String> threads = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        threads.add(
            ClientCalls.executeAsync(client, TokenKind.ANY, "Api", new PingOperation(null))
                .thenApply(data -> Thread.currentThread().getName())
                .get(10, TimeUnit.SECONDS));
      }
      assertTrue(threads.stream().allMatch(t -> t.startsWith("callers-pool-")), threads::toString);
      assertTrue(ran.get() >= 40, () -> ran.get() + " steps"); // start and answer, at least
      assertTrue(
          newThreads(before).stream().noneMatch(t -> t.getName().contains("-async-")),
          "the client made no async pool of its own");
    } finally {
      mine.shutdownNow();
    }
  }

  private static boolean awaitNoneBut(Set<Thread> before, String excusedPrefix)
      throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      if (newThreads(before).stream()
          .allMatch(t -> !excusedPrefix.isEmpty() && t.getName().startsWith(excusedPrefix))) {
        return true;
      }
      Thread.sleep(50);
    }
    return false;
  }

  private static Set<Thread> newThreads(Set<Thread> before) {
    Set<Thread> now = clientThreads();
    now.removeAll(before);
    return now;
  }

  /** Threads a client may start: its own ({@code optixgql-}) and the JDK client's. */
  private static Set<Thread> clientThreads() {
    Set<Thread> out = new HashSet<>();
    // Thread.enumerate, not getAllStackTraces: sampling must not stop the world every 5 ms.
    Thread[] all = new Thread[Thread.activeCount() + 64];
    int count = Thread.enumerate(all);
    for (int i = 0; i < count; i++) {
      Thread thread = all[i];
      String name = thread.getName();
      if (thread.isAlive() && (name.startsWith("optixgql-") || name.startsWith("HttpClient-"))) {
        out.add(thread);
      }
    }
    return out;
  }

  /** Samples the number of new client threads every few milliseconds; keeps the most seen. */
  private static final class ThreadSampler {
    private final Set<Thread> before;
    private final AtomicInteger most = new AtomicInteger();
    private volatile boolean running;
    private Thread sampler;

    ThreadSampler(Set<Thread> before) {
      this.before = before;
    }

    void start() {
      running = true;
      sampler =
          new Thread(
              () -> {
                while (running) {
                  most.accumulateAndGet(newThreads(before).size(), Math::max);
                  try {
                    Thread.sleep(2);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "thread-sampler");
      sampler.setDaemon(true);
      sampler.start();
    }

    void stop() throws InterruptedException {
      if (!running) {
        return;
      }
      running = false;
      sampler.join();
      most.accumulateAndGet(newThreads(before).size(), Math::max);
    }

    int most() {
      return most.get();
    }
  }
}
