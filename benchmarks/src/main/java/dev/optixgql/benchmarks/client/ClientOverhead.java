package dev.optixgql.benchmarks.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.optixgql.caffeine.CaffeineResponseCache;
import dev.optixgql.micrometer.OptixObservations;
import dev.optixgql.runtime.CallListener;
import dev.optixgql.runtime.CallObservation;
import dev.optixgql.runtime.CallOutcome;
import dev.optixgql.runtime.CallStart;
import dev.optixgql.runtime.OptixClient;
import dev.optixgql.runtime.RateLimit;
import dev.optixgql.runtime.TokenProvider;
import dev.optixgql.runtime.testing.LimitingServer;
import dev.optixgql.sandbox.OptixSandbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/**
 * What one call through the client costs over the same request sent and parsed by hand: {@code me}
 * through the generated client against {@code HttpClient.send} of the same body plus a jackson-core
 * pass over the answer, on loopback, in interleaved pairs (their order alternating) so load that
 * comes and goes hits both alike; prints the median per-pair ratio. Then the same against the
 * embedded sandbox, whose round trip on a kept-alive connection it prints too. A third client with
 * a {@link CallListener} (one observation per call, counting its steps) runs in the same pairs, so
 * the listener's cost shows as a per-pair ratio against the plain client, and a fourth with the
 * Caffeine response cache keeping {@code Me}, so every call of it after the first is a hit: what a
 * hit costs (the token and its kind checked, the variables written for the key, the lookup).
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.optixgql.benchmarks.client.ClientOverhead [pairs]
 * [warm-up pairs]}.
 */
public final class ClientOverhead {
  private static final String TOKEN = "overhead-t0ken-5d1e0o";
  private static final String ANSWER =
      "{\"data\":{\"me\":{\"authType\":\"ORGANIZATION\",\"user\":{\"user_id\":\"42\","
          + "\"name\":\"Alex\",\"email\":\"alex@example.com\"}}}}";

  private static final JsonFactory JSON = new JsonFactory();

  private ClientOverhead() {}

  public static void main(String[] args) throws Exception {
    int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
    System.out.printf(
        Locale.ROOT,
        "JDK %s, %d cores, %d pairs after %d warm-up pairs%n",
        Runtime.version(),
        Runtime.getRuntime().availableProcessors(),
        pairs,
        warmups);
    try (LimitingServer server = LimitingServer.start(0, Duration.ofMinutes(1), ANSWER, 2)) {
      compare("loopback server (fixed answer)", server.endpoint(), TOKEN, pairs, warmups);
    }
    try (OptixSandbox sandbox = OptixSandbox.start()) {
      compare("embedded sandbox", sandbox.endpoint(), sandbox.organizationToken(), pairs, warmups);
    }
  }

  private static void compare(String where, URI endpoint, String token, int pairs, int warmups)
      throws Exception {
    byte[] request = requestBody();
    HttpClient raw = HttpClient.newHttpClient();
    CountingListener counting = new CountingListener();
    CallListener listener = counting;
    if ("micrometer".equals(System.getProperty("listener"))) {
      // What an application with Micrometer would register: timers through the meter handler.
      MeterRegistry meters = new SimpleMeterRegistry();
      ObservationRegistry observations = ObservationRegistry.create();
      observations
          .observationConfig()
          .observationHandler(new DefaultMeterObservationHandler(meters));
      listener = OptixObservations.of(observations, meters);
    }
    try (OptixClient client = client(endpoint, token).build();
        OptixClient listened = client(endpoint, token).callListener(listener).build();
        OptixClient cached =
            client(endpoint, token)
                .responseCache(
                    CaffeineResponseCache.builder().cache("Me", Duration.ofHours(1)).build())
                .build()) {
      MeApi api = client.create(MeApi.class);
      MeApi listenedApi = listened.create(MeApi.class);
      MeApi cachedApi = cached.create(MeApi.class);
      SpringGraphQlMe spring = new SpringGraphQlMe(endpoint, token, new MeQuery().document());
      long[] springNanos = new long[pairs];
      double[] springRatios = new double[pairs];
      long[] rawNanos = new long[pairs];
      long[] clientNanos = new long[pairs];
      long[] listenedNanos = new long[pairs];
      long[] cachedNanos = new long[pairs];
      double[] cachedRatios = new double[pairs];
      long[] asyncNanos = new long[pairs];
      double[] ratios = new double[pairs];
      double[] listenerRatios = new double[pairs];
      for (int i = -warmups; i < pairs; i++) {
        long r;
        long c;
        long l;
        long g;
        long h;
        if ((i & 1) == 0) {
          r = timeRaw(raw, endpoint, token, request);
          c = timeClient(api);
          l = timeClient(listenedApi);
          g = timeSpring(spring);
          h = timeClient(cachedApi);
        } else {
          h = timeClient(cachedApi);
          g = timeSpring(spring);
          l = timeClient(listenedApi);
          c = timeClient(api);
          r = timeRaw(raw, endpoint, token, request);
        }
        if (i >= 0) {
          springNanos[i] = g;
          springRatios[i] = (double) c / g;
          rawNanos[i] = r;
          clientNanos[i] = c;
          listenedNanos[i] = l;
          ratios[i] = (double) c / r;
          listenerRatios[i] = (double) l / c;
          cachedNanos[i] = h;
          cachedRatios[i] = (double) h / c;
        }
      }
      // Apart from the pairs: the async path's thread hand-overs would disturb them.
      for (int i = -warmups / 10; i < pairs; i++) {
        long a = timeAsync(api);
        if (i >= 0) {
          asyncNanos[i] = a;
        }
      }
      Arrays.sort(ratios);
      Arrays.sort(listenerRatios);
      Arrays.sort(springRatios);
      Arrays.sort(cachedRatios);

      System.out.printf(
          Locale.ROOT,
          "%s: raw send+parse median %.0f µs, client median %.0f µs (p90 %.0f µs, p99 %.0f µs),"
              + " client/raw per pair: median %.3f× (p25 %.3f×, p75 %.3f×); async call median"
              + " %.0f µs%n",
          where,
          median(rawNanos) / 1e3,
          median(clientNanos) / 1e3,
          percentile(clientNanos, 0.90) / 1e3,
          percentile(clientNanos, 0.99) / 1e3,
          ratios[pairs / 2],
          ratios[pairs / 4],
          ratios[pairs * 3 / 4],
          median(asyncNanos) / 1e3);
      System.out.printf(
          Locale.ROOT,
          "  with a CallListener (%s): median %.0f µs,"
              + " listened/plain client per pair: median %.3f× (p25 %.3f×, p75 %.3f×)%n",
          listener == counting
              ? "counting every step, " + counting.calls() + " calls seen"
              : "optixgql-micrometer's OptixObservations, timers and meters on a SimpleMeterRegistry",
          median(listenedNanos) / 1e3,
          listenerRatios[pairs / 2],
          listenerRatios[pairs / 4],
          listenerRatios[pairs * 3 / 4]);
      System.out.printf(
          Locale.ROOT,
          "  answered by the Caffeine response cache (a hit each call): median %.1f µs (p90 %.1f"
              + " µs, p99 %.1f µs), cached/plain client per pair: median %.4f×%n",
          median(cachedNanos) / 1e3,
          percentile(cachedNanos, 0.90) / 1e3,
          percentile(cachedNanos, 0.99) / 1e3,
          cachedRatios[pairs / 2]);
      System.out.printf(
          Locale.ROOT,
          "  Spring for GraphQL's HttpSyncGraphQlClient (RestClient, Jackson into records): median"
              + " %.0f µs (p90 %.0f µs), optixgql/Spring per pair: median %.3f× (p25 %.3f×, p75"
              + " %.3f×)%n",
          median(springNanos) / 1e3,
          percentile(springNanos, 0.90) / 1e3,
          springRatios[pairs / 2],
          springRatios[pairs / 4],
          springRatios[pairs * 3 / 4]);
    }
  }

  private static long timeSpring(SpringGraphQlMe spring) {
    long start = System.nanoTime();
    SpringGraphQlMe.Me me = spring.me();
    long elapsed = System.nanoTime() - start;
    if (me == null) {
      throw new IllegalStateException("no answer");
    }
    return elapsed;
  }

  private static OptixClient.Builder client(URI endpoint, String token) {
    return OptixClient.builder()
        .endpoint(endpoint)
        .tokenProvider(TokenProvider.fixed(token))
        // The server enforces no limit here; the throttle still keeps its books.
        .rateLimit(RateLimit.perMinute(100_000_000));
  }

  /** A listener doing what a metrics one does at least: one observation per call, each step. */
  private static final class CountingListener implements CallListener {
    private final LongAdder calls = new LongAdder();
    private final LongAdder attempts = new LongAdder();
    private final LongAdder nanos = new LongAdder();

    long calls() {
      return calls.sum();
    }

    @Override
    public CallObservation callStarted(CallStart call) {
      calls.increment();
      return new CallObservation() {
        @Override
        public void attemptStarted(int attempt) {
          attempts.increment();
        }

        @Override
        public void ended(CallOutcome outcome, Throwable failure, Duration took) {
          nanos.add(took.toNanos());
        }
      };
    }
  }

  private static long timeClient(MeApi api) {
    long start = System.nanoTime();
    MeQuery.Data data = api.me();
    long elapsed = System.nanoTime() - start;
    if (data.me() == null) {
      throw new IllegalStateException("no answer");
    }
    return elapsed;
  }

  private static long timeAsync(MeApi api) {
    long start = System.nanoTime();
    MeQuery.Data data = api.meAsync().join();
    long elapsed = System.nanoTime() - start;
    if (data.me() == null) {
      throw new IllegalStateException("no answer");
    }
    return elapsed;
  }

  /**
   * The same POST the client sends, sent with {@code HttpClient.send} and parsed token by token.
   */
  private static long timeRaw(HttpClient http, URI endpoint, String token, byte[] body)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json")
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    int tokens = 0;
    try (JsonParser parser = JSON.createParser(response.body())) {
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        if (t == JsonToken.VALUE_STRING) {
          tokens += parser.getText().length();
        }
        tokens++;
      }
    }
    long elapsed = System.nanoTime() - start;
    if (response.statusCode() != 200 || tokens < 5) {
      throw new IllegalStateException("unexpected answer " + response.statusCode());
    }
    return elapsed;
  }

  private static byte[] requestBody() {
    String query = new MeQuery().document().replace("\\", "\\\\").replace("\"", "\\\"");
    return ("{\"query\":\"" + query + "\",\"operationName\":\"Me\"}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static double median(long[] values) {
    return percentile(values, 0.5);
  }

  private static double percentile(long[] values, double p) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))];
  }
}
