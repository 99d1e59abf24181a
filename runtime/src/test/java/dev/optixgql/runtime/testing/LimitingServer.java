package dev.optixgql.runtime.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback GraphQL endpoint that enforces a per-token limit the way Optix does (a sliding window
 * of arrivals per token, refused with 429 and {@code Retry-After}, its counters in {@code
 * X-RateLimit-Limit} and {@code X-RateLimit-Remaining}) and answers every admitted request with one
 * fixed body. Served by a fixed number of threads, whatever the number of connections, so a test or
 * benchmark can drive thousands of concurrent calls at it. Shared with the benchmarks module
 * through the runtime's test jar.
 */
public final class LimitingServer implements AutoCloseable {
  static {
    // Without it the JDK's server waits on Nagle/delayed ACK: about 40 ms per kept-alive request.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    System.setProperty("sun.net.httpserver.maxIdleConnections", "10000");
    System.setProperty("sun.net.httpserver.idleInterval", "300");
  }

  private final HttpServer server;
  private final ExecutorService threads;
  private final int limit;
  private final long window;
  private final byte[] body;
  private final ConcurrentHashMap<String, ArrayDeque<Long>> arrivals = new ConcurrentHashMap<>();
  private final AtomicLong served = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();
  private final AtomicLong lastSweep = new AtomicLong(System.nanoTime());

  private LimitingServer(int limit, Duration window, byte[] body, int threadCount)
      throws IOException {
    this.limit = limit;
    this.window = window.toNanos();
    this.body = body;
    AtomicInteger count = new AtomicInteger();
    this.threads =
        Executors.newFixedThreadPool(
            threadCount,
            runnable -> {
              Thread thread = new Thread(runnable, "limiting-server-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
    server.setExecutor(threads);
    server.createContext("/graphql", this::handle);
    server.start();
  }

  /**
   * Starts a server admitting {@code limit} requests per token within any {@code window} (0: no
   * limit), answering each with {@code body}, on {@code threads} threads.
   */
  public static LimitingServer start(int limit, Duration window, String body, int threads) {
    try {
      return new LimitingServer(limit, window, body.getBytes(StandardCharsets.UTF_8), threads);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/graphql");
  }

  /** Requests answered 200. */
  public long served() {
    return served.get();
  }

  /** Requests refused with 429. */
  public long refused() {
    return refused.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      in.readAllBytes();
    }
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    String token = authorization == null ? "" : authorization.replaceFirst("^Bearer ", "");
    int[] remaining = {0};
    long waitNanos = admit(token, System.nanoTime(), remaining);
    if (limit > 0) {
      // The counters Optix sends with every answer (the names its Laravel backend uses).
      exchange.getResponseHeaders().set("X-RateLimit-Limit", Integer.toString(limit));
      exchange.getResponseHeaders().set("X-RateLimit-Remaining", Integer.toString(remaining[0]));
    }
    if (waitNanos > 0) {
      refused.incrementAndGet();
      long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
      exchange.getResponseHeaders().set("Retry-After", Long.toString(seconds));
      reply(exchange, 429, "{\"errors\":[{\"message\":\"Too Many Attempts.\"}]}".getBytes());
      return;
    }
    served.incrementAndGet();
    reply(exchange, 200, body);
  }

  /**
   * 0 when admitted (and counted), else the wait until this token's oldest arrival leaves; {@code
   * remaining[0]} is set to the requests left in the token's window after this one.
   */
  private long admit(String token, long now, int[] remaining) {
    if (limit == 0) {
      return 0;
    }
    long swept = lastSweep.get();
    if (now - swept >= window && lastSweep.compareAndSet(swept, now)) {
      // Tokens idle for a window are forgotten, so a benchmark sees only the client's memory.
      for (var entry : arrivals.entrySet()) {
        ArrayDeque<Long> times = entry.getValue();
        synchronized (times) { // held while removed: an admit that found it retries
          if (times.isEmpty() || now - times.peekLast() >= window) {
            arrivals.remove(entry.getKey(), times);
          }
        }
      }
    }
    while (true) {
      ArrayDeque<Long> times = arrivals.computeIfAbsent(token, t -> new ArrayDeque<>());
      synchronized (times) {
        if (arrivals.get(token) != times) {
          continue; // swept as we found it
        }
        while (!times.isEmpty() && now - times.peekFirst() >= window) {
          times.pollFirst();
        }
        if (times.size() >= limit) {
          remaining[0] = 0;
          return times.peekFirst() + window - now;
        }
        times.addLast(now);
        remaining[0] = limit - times.size();
        return 0;
      }
    }
  }

  private static void reply(HttpExchange exchange, int status, byte[] bytes) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
