package dev.optixgql.benchmarks.client;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.optixgql.distributed.PostgresRateLimiter;
import dev.optixgql.runtime.OptixClient;
import dev.optixgql.runtime.OrganizationTokens;
import dev.optixgql.runtime.RateLimit;
import dev.optixgql.runtime.TokenProvider;
import dev.optixgql.runtime.store.JdbcTokenStore;
import dev.optixgql.runtime.testing.LimitingServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The scale benchmark's three-instance case: three clients (three app instances) share every
 * organization's token ({@code OrganizationTokens.shared} on a {@link JdbcTokenStore}) and its
 * budget ({@link PostgresRateLimiter}) through one PostgreSQL (embedded), against a loopback server
 * enforcing Optix's 60 requests a minute per token. Organizations within their limit get calls from
 * all three instances at once; a few busy ones go over it. Reports throughput, latency, failures
 * and 429s.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.optixgql.benchmarks.client.SharedScaleBenchmark
 * [organizations] [calls per organization] [window seconds]}; defaults 1,000, 3 and 60.
 */
public final class SharedScaleBenchmark {
  private static final int INSTANCES = 3;
  private static final int BUSY_ORGANIZATIONS = 5;
  private static final int LIMIT = 60;
  private static final String ANSWER =
      "{\"data\":{\"me\":{\"authType\":\"ORGANIZATION\",\"user\":null}}}";

  private SharedScaleBenchmark() {}

  public static void main(String[] args) throws Exception {
    int organizations = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
    int callsEach = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Duration window = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 60);
    RateLimit limit = new RateLimit(LIMIT, window);
    int busyCalls = LIMIT + LIMIT / 2; // half of them wait for the next refill
    System.out.printf(
        Locale.ROOT,
        "JDK %s, %d cores; %d instances sharing one PostgreSQL; %,d organizations x %d calls,"
            + " %d busy ones x %d calls, spread over the instances; limit %d per %d s per token%n",
        Runtime.version(),
        Runtime.getRuntime().availableProcessors(),
        INSTANCES,
        organizations,
        callsEach,
        BUSY_ORGANIZATIONS,
        busyCalls,
        LIMIT,
        window.toSeconds());
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start();
        LimitingServer server = LimitingServer.start(LIMIT, window, ANSWER, 4)) {
      HikariConfig pool = new HikariConfig();
      pool.setDataSource(postgres.getPostgresDatabase());
      pool.setMaximumPoolSize(8);
      HikariDataSource database = new HikariDataSource(pool);
      List<OrganizationTokens> tokens = new ArrayList<>();
      List<OptixClient> clients = new ArrayList<>();
      for (int i = 0; i < INSTANCES; i++) {
        tokens.add(OrganizationTokens.shared(new JdbcTokenStore(database)));
        clients.add(
            OptixClient.builder()
                .endpoint(server.endpoint())
                .tokenProvider(TokenProvider.fixed("unused-o"))
                .rateLimit(limit)
                .rateLimiter(PostgresRateLimiter.create(database, limit))
                .build());
      }
      int total = organizations + BUSY_ORGANIZATIONS;
      for (int org = 0; org < total; org++) {
        // Webhooks land on whichever instance the load balancer picks.
        tokens
            .get(org % INSTANCES)
            .putIfNewer(
                ScaleBenchmark.organization(org),
                "shared-" + Integer.toHexString(org * 7919 + 12345) + "-token-o",
                1_700_000_000L);
      }
      warmUp(clients, tokens);

      burst(clients, tokens, organizations, callsEach, busyCalls, server);
      clients.forEach(OptixClient::close);
      database.close();
    }
  }

  /**
   * Every organization's calls and the busy ones' at once, spread over the instances; waits for
   * them and prints throughput, latency, failures and 429s.
   */
  private static void burst(
      List<OptixClient> clients,
      List<OrganizationTokens> tokens,
      int organizations,
      int callsEach,
      int busyCalls,
      LimitingServer server)
      throws Exception {
    List<CompletableFuture<MeQuery.Data>> calls = new ArrayList<>();
    long[] latencies = new long[organizations * callsEach];
    long[] busyLatencies = new long[BUSY_ORGANIZATIONS * busyCalls];
    AtomicInteger failed = new AtomicInteger();
    AtomicLong lastDone = new AtomicLong();
    long start = System.nanoTime();
    for (int round = 0; round < Math.max(callsEach, busyCalls); round++) {
      for (int org = 0; round < callsEach && org < organizations; org++) {
        int instance = (org + round) % INSTANCES;
        calls.add(
            ScaleBenchmark.call(
                clients.get(instance),
                tokens.get(instance),
                org,
                latencies,
                round * organizations + org,
                failed));
      }
      for (int busy = 0; round < busyCalls && busy < BUSY_ORGANIZATIONS; busy++) {
        int instance = (busy + round) % INSTANCES;
        calls.add(
            ScaleBenchmark.call(
                clients.get(instance),
                tokens.get(instance),
                organizations + busy,
                busyLatencies,
                round * BUSY_ORGANIZATIONS + busy,
                failed));
      }
    }
    for (CompletableFuture<MeQuery.Data> call : calls) {
      call.whenComplete((data, failure) -> lastDone.accumulateAndGet(System.nanoTime(), Math::max));
    }
    CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new))
        .exceptionally(e -> null)
        .get(10, TimeUnit.MINUTES);
    print(
        calls.size(),
        (lastDone.get() - start) / 1e9,
        failed.get(),
        server.refused(),
        latencies,
        busyLatencies,
        busyCalls);
  }

  private static void print(
      int calls,
      double seconds,
      int failed,
      long refused,
      long[] latencies,
      long[] busyLatencies,
      int busyCalls) {
    System.out.printf(
        Locale.ROOT,
        "calls: %,d in %.1f s; failed %d; refused by the server (429) %d%n",
        calls,
        seconds,
        failed,
        refused);
    System.out.printf(
        Locale.ROOT,
        "organizations within their limit (%,d calls, every one reading its token and taking a"
            + " bucket slot in PostgreSQL): %,.0f calls/s while they ran; latency p50 %.1f ms,"
            + " p99 %.1f ms, max %.1f ms%n",
        latencies.length,
        latencies.length / (ScaleBenchmark.percentile(latencies, 1.0) / 1e9),
        ScaleBenchmark.percentile(latencies, 0.50) / 1e6,
        ScaleBenchmark.percentile(latencies, 0.99) / 1e6,
        ScaleBenchmark.percentile(latencies, 1.0) / 1e6);
    System.out.printf(
        Locale.ROOT,
        "busy organizations (%d calls each from %d instances, %d allowed per window): p50 %.1f"
            + " s, max %.1f s (the next refill: a window plus the limiter's margin)%n",
        busyCalls,
        INSTANCES,
        LIMIT,
        ScaleBenchmark.percentile(busyLatencies, 0.50) / 1e9,
        ScaleBenchmark.percentile(busyLatencies, 1.0) / 1e9);
  }

  /** One call per instance under a token of its own: connections and code paths warm. */
  private static void warmUp(List<OptixClient> clients, List<OrganizationTokens> tokens) {
    for (int i = 0; i < clients.size(); i++) {
      String organization = "warm-up-" + i;
      tokens.get(i).put(organization, "warm-up-token-" + i + "-o");
      clients
          .get(i)
          .withTokens(tokens.get(i).provider(organization))
          .create(MeApi.class)
          .meAsync()
          .join();
    }
  }
}
