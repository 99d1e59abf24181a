package dev.optixgql.benchmarks.client;

import dev.optixgql.runtime.OptixClient;
import dev.optixgql.runtime.OrganizationTokens;
import dev.optixgql.runtime.RateLimit;
import dev.optixgql.runtime.TokenProvider;
import dev.optixgql.runtime.testing.LimitingServer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One client serving many organizations, as an app installed by thousands of them runs: every
 * organization's token in {@link OrganizationTokens}, async {@code me} calls for all of them at
 * once against a loopback server that enforces Optix's limit per token (60 requests a minute,
 * refused with 429), a few busy organizations going over it. Reports the client's threads at the
 * busiest moment, throughput, latency percentiles, failed calls and 429s, and then, once every
 * token's window has passed, the heap each idle organization still costs.
 *
 * <p>Usage: {@code java -Xmx1g -cp benchmarks.jar dev.optixgql.benchmarks.client.ScaleBenchmark
 * [organizations] [calls per organization] [window seconds]}; defaults 10,000, 2 and 60.
 */
public final class ScaleBenchmark {
  private static final int BUSY_ORGANIZATIONS = 20;
  private static final int LIMIT = 60;
  private static final String ANSWER =
      "{\"data\":{\"me\":{\"authType\":\"ORGANIZATION\",\"user\":null}}}";

  private ScaleBenchmark() {}

  public static void main(String[] args) throws Exception {
    int organizations = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int callsEach = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    Duration window = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 60);
    int busyCalls = LIMIT + LIMIT / 2; // half of them wait a window
    System.out.printf(
        Locale.ROOT,
        "JDK %s, %d cores; %,d organizations x %d calls, %d busy ones x %d calls; limit %d per"
            + " %d s per token, on the server and the client%n",
        Runtime.version(),
        Runtime.getRuntime().availableProcessors(),
        organizations,
        callsEach,
        BUSY_ORGANIZATIONS,
        busyCalls,
        LIMIT,
        window.toSeconds());

    long heapBefore = usedHeapAfterGc();
    System.out.println("warming up over other organizations, then idle for a window...");
    try (LimitingServer server = LimitingServer.start(LIMIT, window, ANSWER, 4)) {
      OrganizationTokens tokens = new OrganizationTokens();
      int warmOrganizations = organizations / 2;
      int probe = organizations + BUSY_ORGANIZATIONS;
      int firstWarm = probe + 1;
      for (int i = 0; i < firstWarm + warmOrganizations; i++) {
        tokens.put(organization(i), "scale-" + Integer.toHexString(i * 7919 + 12345) + "-token-o");
      }
      long heapWithTokens = usedHeapAfterGc();
      OptixClient client = client(server, window);
      warmUp(client, tokens, firstWarm, warmOrganizations, callsEach, window, probe);
      long heapBaseline = usedHeapAfterGc();

      Burst burst = burst(client, tokens, organizations, callsEach, busyCalls);
      burst.print(server.refused(), busyCalls);

      printSteady(client, tokens, organizations);

      // Idle: every token's window passes; the next call sweeps what the idle tokens held. The
      // finished calls are let go first: an app does not keep its futures either.
      burst = null;
      Thread.sleep(window.plusSeconds(2).toMillis());
      probe(client, tokens, probe);
      long heapIdle = usedHeapAfterGc();
      System.out.printf(
          Locale.ROOT,
          "heap per idle organization after eviction: %.0f bytes held by the client, %.0f bytes"
              + " with its token's entry in OrganizationTokens (%.1f MB of tokens for %,d"
              + " organizations)%n",
          (double) (heapIdle - heapBaseline) / organizations,
          (double) (heapIdle - heapBaseline + heapWithTokens - heapBefore) / organizations,
          (heapWithTokens - heapBefore) / 1e6,
          firstWarm + warmOrganizations);
      client.close();
    }
  }

  /**
   * Steady: calls arriving at a rate the machine serves, each for another organization: the latency
   * a call sees when the client is busy but not flooded.
   */
  private static void printSteady(OptixClient client, OrganizationTokens tokens, int organizations)
      throws Exception {
    long[] steady = steadyLatencies(client, tokens, organizations);
    System.out.printf(
        Locale.ROOT,
        "latency at a steady %d calls/s over %,d organizations: p50 %.1f ms, p99 %.1f ms, max"
            + " %.1f ms%n",
        STEADY_RATE,
        organizations,
        percentile(steady, 0.50) / 1e6,
        percentile(steady, 0.99) / 1e6,
        percentile(steady, 1.0) / 1e6);
  }

  /** The client every organization shares: its own limit as the server's, per token. */
  private static OptixClient client(LimitingServer server, Duration window) {
    return OptixClient.builder()
        .endpoint(server.endpoint())
        .tokenProvider(TokenProvider.fixed("unused-o"))
        .rateLimit(new RateLimit(LIMIT, window))
        .build();
  }

  /**
   * The same burst over other organizations first, until idle: the client's fixed costs (its full
   * set of connections, buffers, pools) are then in the baseline, and what the measured run adds
   * once idle is per organization.
   */
  private static void warmUp(
      OptixClient client,
      OrganizationTokens tokens,
      int firstWarm,
      int warmOrganizations,
      int callsEach,
      Duration window,
      int probe)
      throws InterruptedException {
    List<CompletableFuture<MeQuery.Data>> warm = new ArrayList<>();
    for (int round = 0; round < callsEach; round++) {
      for (int i = firstWarm; i < firstWarm + warmOrganizations; i++) {
        warm.add(client.withTokens(tokens.provider(organization(i))).create(MeApi.class).meAsync());
      }
    }
    warm.forEach(CompletableFuture::join);
    warm.clear();
    Thread.sleep(window.plusSeconds(2).toMillis());
    probe(client, tokens, probe);
  }

  /** What the burst measured. */
  private record Burst(
      List<CompletableFuture<MeQuery.Data>> calls,
      long[] latencies,
      long[] busyLatencies,
      int failed,
      double seconds,
      int mostThreads,
      long startedThreads) {

    void print(long refused, int busyCalls) {
      System.out.printf(
          Locale.ROOT,
          "calls: %,d in %.1f s, %,.0f calls/s; failed %d; refused by the server (429) %d%n",
          calls.size(),
          seconds,
          calls.size() / seconds,
          failed,
          refused);
      System.out.printf(
          Locale.ROOT,
          "latency, organizations within their limit: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
          percentile(latencies, 0.50) / 1e6,
          percentile(latencies, 0.99) / 1e6,
          percentile(latencies, 1.0) / 1e6);
      System.out.printf(
          Locale.ROOT,
          "latency, busy organizations (%d calls each, %d allowed per window): p50 %.1f s,"
              + " max %.1f s%n",
          busyCalls,
          LIMIT,
          percentile(busyLatencies, 0.50) / 1e9,
          percentile(busyLatencies, 1.0) / 1e9);
      System.out.printf(
          Locale.ROOT,
          "threads: client's own at the busiest moment %d (optixgql-* and HttpClient-*); threads"
              + " started in the JVM meanwhile %,d (the JDK's sendAsync hop, common pool"
              + " parallelism %d)%n",
          mostThreads,
          startedThreads,
          java.util.concurrent.ForkJoinPool.getCommonPoolParallelism());
    }
  }

  /** Every organization's calls and the busy ones' at once; waits for all of them. */
  private static Burst burst(
      OptixClient client,
      OrganizationTokens tokens,
      int organizations,
      int callsEach,
      int busyCalls)
      throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    ThreadCounter counter = new ThreadCounter();
    counter.start();
    long startedBefore = threads.getTotalStartedThreadCount();
    List<CompletableFuture<MeQuery.Data>> calls = new ArrayList<>();
    // (The benchmark's own latency arrays, some tens of kilobytes, stay in the measured heap.)
    long[] latencies = new long[organizations * callsEach];
    long[] busyLatencies = new long[BUSY_ORGANIZATIONS * busyCalls];
    AtomicInteger failed = new AtomicInteger();
    AtomicLong lastDone = new AtomicLong();
    long start = System.nanoTime();
    for (int round = 0; round < Math.max(callsEach, busyCalls); round++) {
      if (round < callsEach) {
        for (int org = 0; org < organizations; org++) {
          calls.add(call(client, tokens, org, latencies, round * organizations + org, failed));
        }
      }
      if (round < busyCalls) {
        for (int busy = 0; busy < BUSY_ORGANIZATIONS; busy++) {
          int slot = round * BUSY_ORGANIZATIONS + busy;
          calls.add(call(client, tokens, organizations + busy, busyLatencies, slot, failed));
        }
      }
    }
    for (CompletableFuture<MeQuery.Data> call : calls) {
      call.whenComplete((data, failure) -> lastDone.accumulateAndGet(System.nanoTime(), Math::max));
    }
    CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new))
        .exceptionally(e -> null)
        .get(10, TimeUnit.MINUTES);
    counter.stop();
    return new Burst(
        calls,
        latencies,
        busyLatencies,
        failed.get(),
        (lastDone.get() - start) / 1e9,
        counter.most(),
        threads.getTotalStartedThreadCount() - startedBefore);
  }

  /** Calls per second of the steady phase: about half what this 2-core machine serves. */
  private static final int STEADY_RATE = 100;

  private static final int STEADY_SECONDS = 20;

  private static long[] steadyLatencies(
      OptixClient client, OrganizationTokens tokens, int organizations) throws Exception {
    int count = STEADY_RATE * STEADY_SECONDS;
    long[] latencies = new long[count];
    List<CompletableFuture<MeQuery.Data>> calls = new ArrayList<>(count);
    AtomicInteger failed = new AtomicInteger();
    long start = System.nanoTime();
    long every = 1_000_000_000L / STEADY_RATE;
    for (int i = 0; i < count; i++) {
      long due = start + i * every;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      // Organizations that made their two calls long ago: each is far below its limit.
      calls.add(call(client, tokens, (i * 7) % organizations, latencies, i, failed));
    }
    CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new))
        .exceptionally(e -> null)
        .get(5, TimeUnit.MINUTES);
    if (failed.get() > 0) {
      System.out.println("steady phase: " + failed.get() + " failed");
    }
    return latencies;
  }

  /** One call after the idle wait: its throttle acquisition sweeps the idle tokens' state. */
  private static void probe(OptixClient client, OrganizationTokens tokens, int organization) {
    client.withTokens(tokens.provider(organization(organization))).create(MeApi.class).me();
  }

  static CompletableFuture<MeQuery.Data> call(
      OptixClient client,
      OrganizationTokens tokens,
      int organization,
      // (The benchmark's own latency arrays, some tens of kilobytes, stay in the measured heap.)
      long[] latencies,
      int slot,
      AtomicInteger failed) {
    long submitted = System.nanoTime();
    MeApi api = client.withTokens(tokens.provider(organization(organization))).create(MeApi.class);
    return api.meAsync()
        .whenComplete(
            (data, failure) -> {
              latencies[slot] = System.nanoTime() - submitted;
              if (failure != null) {
                if (failed.incrementAndGet() <= 3) {
                  System.out.println("failed: " + failure);
                }
              }
            });
  }

  static String organization(int index) {
    return "org-" + index;
  }

  static long percentile(long[] values, double p) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))];
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(100);
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  /** The client's own threads at the busiest moment, sampled every few milliseconds. */
  private static final class ThreadCounter {
    private final AtomicInteger most = new AtomicInteger();
    private volatile boolean running = true;
    private final Thread sampler =
        new Thread(
            () -> {
              while (running) {
                most.accumulateAndGet(count(), Math::max);
                try {
                  Thread.sleep(2);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "thread-counter");

    void start() {
      sampler.setDaemon(true);
      sampler.start();
    }

    void stop() throws InterruptedException {
      running = false;
      sampler.join();
    }

    int most() {
      return most.get();
    }

    private static int count() {
      Thread[] all = new Thread[Thread.activeCount() + 64];
      int n = Thread.enumerate(all);
      int count = 0;
      for (int i = 0; i < n; i++) {
        String name = all[i].getName();
        if (name.startsWith("optixgql-") || name.startsWith("HttpClient-")) {
          count++;
        }
      }
      return count;
    }
  }
}
