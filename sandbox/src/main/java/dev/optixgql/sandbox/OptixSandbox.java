package dev.optixgql.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-process, Optix-compatible GraphQL server on loopback, with seeded, deterministic data: the
 * default server for the examples and for users' own tests.
 *
 * <pre>{@code
 * try (OptixSandbox sandbox = OptixSandbox.start()) {
 *   URI endpoint = sandbox.endpoint(); // http://127.0.0.1:PORT/graphql
 *   String token = sandbox.personalToken();
 * }
 * }</pre>
 */
public final class OptixSandbox implements AutoCloseable {
  private static final int THREADS = 4;

  /**
   * The JDK's HttpServer leaves Nagle's algorithm on, which with the client's delayed ACKs adds
   * about 40 ms to every request on a kept-alive connection (measured: median 49 ms per round trip
   * without, 3 ms with). The switch is read once, when the JVM's first HttpServer starts: set here
   * unless the application chose otherwise.
   */
  private static final String NO_DELAY = "sun.net.httpserver.nodelay";

  static {
    if (System.getProperty(NO_DELAY) == null) {
      System.setProperty(NO_DELAY, "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final GraphQlHttpHandler handler;
  private boolean closed;

  private OptixSandbox(
      int port,
      int rateLimitPerMinute,
      Map<TokenKind, Path> snapshots,
      Map<String, Object> fixtures) {
    SandboxStore store = SandboxStore.seeded();
    this.handler =
        new GraphQlHttpHandler(
            new SandboxEngine(store, snapshots, fixtures),
            new TokenAuthenticator(SeedData.tokens()),
            new RateLimiter(rateLimitPerMinute, System::nanoTime));
    try {
      this.server = HttpServer.create(new InetSocketAddress(loopback(), port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot listen on 127.0.0.1:" + port, e);
    }
    AtomicInteger threadNumber = new AtomicInteger();
    this.executor =
        Executors.newFixedThreadPool(
            THREADS,
            runnable -> {
              Thread thread =
                  new Thread(runnable, "optix-sandbox-" + threadNumber.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    server.createContext("/", handler);
    server.start();
  }

  /** Starts a sandbox on 127.0.0.1 with an ephemeral port and no enforced rate limit. */
  public static OptixSandbox start() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The GraphQL endpoint, {@code http://127.0.0.1:PORT/graphql}. */
  public URI endpoint() {
    return URI.create(
        "http://127.0.0.1:" + server.getAddress().getPort() + GraphQlHttpHandler.PATH);
  }

  /** The seeded organization token (ends in 'o'): sees the organization snapshot. */
  public String organizationToken() {
    return SeedData.ORGANIZATION_TOKEN;
  }

  /** The seeded personal token (ends in 'p') of the user Alex Rivera: the personal snapshot. */
  public String personalToken() {
    return SeedData.PERSONAL_TOKEN;
  }

  /** The number of HTTP requests served so far, whatever their outcome. */
  public int requestCount() {
    return handler.requestCount();
  }

  /** Stops listening and releases the threads; safe to call more than once. */
  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      server.stop(0);
      executor.shutdownNow();
    }
  }

  /**
   * Runs a sandbox until the process is killed, printing the endpoint and both tokens.
   *
   * @param args optional {@code --port N}, {@code --rate-limit N} (requests per minute), {@code
   *     --organization-schema PATH} and {@code --personal-schema PATH} (your snapshots, SDL or
   *     introspection JSON) and {@code --fixtures PATH} (your records, see {@link
   *     Builder#fixtures})
   */
  public static void main(String[] args) throws InterruptedException {
    Builder builder = builder();
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--port" -> builder.port(Integer.parseInt(args[i + 1]));
        case "--rate-limit" -> builder.rateLimitPerMinute(Integer.parseInt(args[i + 1]));
        case "--organization-schema" -> builder.organizationSchema(Path.of(args[i + 1]));
        case "--personal-schema" -> builder.personalSchema(Path.of(args[i + 1]));
        case "--fixtures" -> builder.fixtures(Path.of(args[i + 1]));
        default -> throw new IllegalArgumentException("Unknown option " + args[i]);
      }
    }
    OptixSandbox sandbox = builder.build();
    Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "optix-sandbox-shutdown"));
    System.out.println("Optix sandbox listening on " + sandbox.endpoint());
    System.out.println("Organization token: " + sandbox.organizationToken());
    System.out.println("Personal token:     " + sandbox.personalToken());
    System.out.flush();
    Thread.currentThread().join();
  }

  private static InetAddress loopback() {
    try {
      return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Configures a sandbox before it starts. */
  public static final class Builder {
    private int port;
    private int rateLimitPerMinute;
    private final Map<TokenKind, Path> snapshots = new EnumMap<>(TokenKind.class);
    private final Fixtures fixtures = new Fixtures();

    private Builder() {}

    /**
     * Serves {@code snapshot} (SDL, or introspection JSON by its {@code .json} extension) to
     * organization tokens instead of the sandbox's own: every operation valid against it executes.
     * Fields the sandbox models answer from its seeded data; every other field gets a deterministic
     * value of its type (a {@code String} field its coordinate, numbers 0, the first enum value,
     * empty lists).
     */
    public Builder organizationSchema(Path snapshot) {
      snapshots.put(TokenKind.ORGANIZATION, requireFile(snapshot));
      return this;
    }

    /**
     * Your own records: {@code coordinate} ({@code "Query.invoices"}, {@code "Booking.notes"})
     * answers {@code value}, whatever the arguments, for both token kinds. A value is what {@code
     * JSON} would give: maps, lists, strings, numbers, booleans, null. Below it, a map's entries
     * answer the fields they name and every other field gets its deterministic default:
     *
     * <pre>{@code
     * .fixture("Query.invoices", Map.of("total", 1,
     *     "data", List.of(Map.of("invoice_id", "9001", "status", "PAID"))))
     * }</pre>
     */
    public Builder fixture(String coordinate, Object value) {
      fixtures.put(coordinate, value);
      return this;
    }

    /**
     * Records from a JSON file holding an object of field coordinates to values, as {@link
     * #fixture} takes them: {@code {"Query.invoices": {"total": 1, "data": [...]}}}.
     */
    public Builder fixtures(Path file) {
      fixtures.read(requireFile(file));
      return this;
    }

    /** As {@link #organizationSchema}, for personal tokens. */
    public Builder personalSchema(Path snapshot) {
      snapshots.put(TokenKind.PERSONAL, requireFile(snapshot));
      return this;
    }

    private static Path requireFile(Path snapshot) {
      if (!Files.isRegularFile(snapshot)) {
        throw new IllegalArgumentException("No file at " + snapshot.toAbsolutePath());
      }
      return snapshot;
    }

    /** The port to listen on; 0 (the default) picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be in 0..65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Requests allowed per minute and token, answered with HTTP 429 beyond; 0 (the default)
     * enforces none, though the headers still count down from Optix's 60.
     */
    public Builder rateLimitPerMinute(int rateLimitPerMinute) {
      if (rateLimitPerMinute < 0) {
        throw new IllegalArgumentException(
            "rateLimitPerMinute must be >= 0, was " + rateLimitPerMinute);
      }
      this.rateLimitPerMinute = rateLimitPerMinute;
      return this;
    }

    /** Starts the sandbox. */
    public OptixSandbox build() {
      return new OptixSandbox(
          port, rateLimitPerMinute, Map.copyOf(snapshots), fixtures.byCoordinate());
    }
  }
}
