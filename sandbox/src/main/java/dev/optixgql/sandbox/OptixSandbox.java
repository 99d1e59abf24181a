package dev.optixgql.sandbox;

import com.sun.net.httpserver.HttpServer;
import dev.optixgql.sandbox.engine.SandboxEngine;
import dev.optixgql.sandbox.engine.TokenKind;
import dev.optixgql.sandbox.http.SandboxHttp;
import dev.optixgql.sandbox.seed.Fixtures;
import dev.optixgql.sandbox.seed.SeedData;
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
  private final SandboxHttp http;
  private boolean closed;

  private OptixSandbox(
      int port,
      int rateLimitPerMinute,
      Map<TokenKind, Path> snapshots,
      Map<String, Object> fixtures,
      boolean consoleMutations) {
    this.http =
        new SandboxHttp(
            SandboxEngine.seeded(snapshots, fixtures),
            SeedData.tokens(),
            rateLimitPerMinute,
            consoleMutations,
            this::received);
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
    http.mount(server);
    server.start();
  }

  /**
   * Starts a sandbox on 127.0.0.1 with an ephemeral port and no enforced rate limit.
   *
   * @return the running sandbox; close it to stop it
   */
  public static OptixSandbox start() {
    return builder().build();
  }

  /**
   * Configures a sandbox (port, rate limit, schema snapshots, fixtures, console) before it starts.
   *
   * @return a new builder, set to the defaults {@link #start} uses
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The GraphQL endpoint, {@code http://127.0.0.1:PORT/graphql}.
   *
   * @return the loopback URI clients send their operations to
   */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + SandboxHttp.PATH);
  }

  /**
   * The console's front page, {@code http://127.0.0.1:PORT/}: links to the playground (GraphiQL:
   * run queries, read the docs of every type and field) and the voyager (the schema as a map), each
   * for either token kind. They load nothing but from the sandbox itself, so they work offline.
   *
   * @return the loopback URI of the console's front page
   */
  public URI consoleUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  /**
   * The playground for the organization token, or with {@code personal} the personal one.
   *
   * @param personal {@code true} for the personal token's playground, {@code false} for the
   *     organization token's
   * @return the loopback URI of that playground page
   */
  public URI playgroundUri(boolean personal) {
    return consolePage(SandboxHttp.PLAYGROUND, personal);
  }

  /**
   * The voyager (the schema as a map) for either token kind's schema.
   *
   * @param personal {@code true} for the personal token's schema, {@code false} for the
   *     organization token's
   * @return the loopback URI of that voyager page
   */
  public URI voyagerUri(boolean personal) {
    return consolePage(SandboxHttp.VOYAGER, personal);
  }

  private URI consolePage(String path, boolean personal) {
    return consoleUri().resolve(path + (personal ? "?kind=personal" : ""));
  }

  /**
   * The seeded organization token (ends in 'o'): sees the organization snapshot.
   *
   * @return the organization token the sandbox accepts
   */
  public String organizationToken() {
    return SeedData.ORGANIZATION_TOKEN;
  }

  /**
   * The seeded personal token (ends in 'p') of the user Alex Rivera: the personal snapshot.
   *
   * @return the personal token the sandbox accepts
   */
  public String personalToken() {
    return SeedData.PERSONAL_TOKEN;
  }

  /**
   * The number of HTTP requests to the GraphQL endpoint (or any path but the console's) served so
   * far, whatever their outcome, and of requests refused for their {@code Host} or {@code Origin}.
   *
   * @return the requests served since the sandbox started
   */
  public int requestCount() {
    return http.requestCount() + http.refusedCount();
  }

  /** How many received operations {@link #receivedOperations()} keeps: the latest. */
  private static final int RECEIVED_KEPT = 1_000;

  private final java.util.Deque<ReceivedOperation> received = new java.util.ArrayDeque<>();

  private synchronized void received(
      String operationName, String query, Map<String, Object> variables, boolean personal) {
    if (received.size() == RECEIVED_KEPT) {
      received.removeFirst();
    }
    received.addLast(
        new ReceivedOperation(operationName, query, JsonValues.immutable(variables), personal));
  }

  /**
   * The operations the sandbox received and ran, oldest first, each with its variables as the
   * server read them: what a test asserts its code sent. The latest 1,000 are kept.
   *
   * @return the operations, a batch's one by one
   */
  public synchronized java.util.List<ReceivedOperation> receivedOperations() {
    return java.util.List.copyOf(received);
  }

  /**
   * The number of requests refused with 403 because a web page of another origin sent them (an
   * {@code Origin} header other than the sandbox's own) or because their {@code Host} was not the
   * sandbox's loopback address and port (a name rebound to 127.0.0.1). Clients that are not
   * browsers send no {@code Origin} and are never refused for it.
   *
   * @return the requests refused since the sandbox started
   */
  public int refusedRequestCount() {
    return http.refusedCount();
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
   *     introspection JSON), {@code --fixtures PATH} (your records, see {@link Builder#fixtures})
   *     and {@code --console-mutations} (see {@link Builder#consoleMutations})
   * @throws IllegalArgumentException for an unknown option or a missing or malformed value
   * @throws InterruptedException if the main thread is interrupted while the sandbox runs
   */
  public static void main(String[] args) throws InterruptedException {
    OptixSandbox sandbox = SandboxOptions.parse(args).build();
    Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "optix-sandbox-shutdown"));
    System.out.print(sandbox.describe());
    System.out.flush();
    Thread.currentThread().join();
  }

  /**
   * What a person starting the sandbox needs: the endpoint, both tokens and the console's pages,
   * one per line.
   *
   * @return the lines, each ended by the platform's line separator
   */
  public String describe() {
    return String.join(
        System.lineSeparator(),
        "Optix sandbox listening on " + endpoint(),
        "Organization token: " + organizationToken(),
        "Personal token:     " + personalToken(),
        "Console:            " + consoleUri(),
        "  Playground:       " + playgroundUri(false) + "  (personal: " + playgroundUri(true) + ")",
        "  Voyager:          " + voyagerUri(false) + "  (personal: " + voyagerUri(true) + ")",
        "  Mutations:        "
            + (http.consoleMutations() ? "allowed" : "blocked (--console-mutations allows them)"),
        "");
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
    private boolean consoleMutations;

    private Builder() {}

    /**
     * Whether the console's playground runs mutations. By default it is read-only, as Optix's
     * Playground is: a mutation sent from it gets an error saying so. The sandbox's data is local
     * and seeded anew at every start, so allowing them is safe. Requests from clients and tests are
     * never affected.
     *
     * @param allowed {@code true} to let the console's playground run mutations
     * @return this builder
     */
    public Builder consoleMutations(boolean allowed) {
      this.consoleMutations = allowed;
      return this;
    }

    /**
     * Serves {@code snapshot} (SDL, or introspection JSON by its {@code .json} extension) to
     * organization tokens instead of the sandbox's own: every operation valid against it executes.
     * Fields the sandbox models answer from its seeded data; every other field gets a deterministic
     * value of its type (a {@code String} field its coordinate, numbers 0, the first enum value,
     * empty lists).
     *
     * @param snapshot the schema file: SDL, or introspection JSON if its name ends in {@code .json}
     * @return this builder
     * @throws IllegalArgumentException if there is no regular file at {@code snapshot}
     */
    public Builder organizationSchema(Path snapshot) {
      snapshots.put(TokenKind.ORGANIZATION, requireFile(snapshot));
      return this;
    }

    /**
     * Your own records: {@code coordinate} ({@code "Query.invoices"}, {@code "Booking.notes"})
     * answers {@code value}, whatever the arguments, for both token kinds, except that a list Optix
     * pages (a field taking {@code page} or {@code limit}, answered by a map holding {@code data})
     * answers one page of that {@code data} as Optix does, with {@code total} the whole list's size
     * unless the map gives one. A value is what {@code JSON} would give: maps, lists, strings,
     * numbers, booleans, null. Below it, a map's entries answer the fields they name and every
     * other field gets its deterministic default:
     *
     * <pre>{@code
     * .fixture("Query.invoices", Map.of("total", 1,
     *     "data", List.of(Map.of("invoice_id", "9001", "status", "PAID"))))
     * }</pre>
     *
     * @param coordinate the field, as {@code Type.field}
     * @param value what the field answers, as JSON would give it ({@code null}: the field answers
     *     null)
     * @return this builder
     * @throws IllegalArgumentException if {@code coordinate} is not of the form {@code Type.field}
     */
    public Builder fixture(String coordinate, Object value) {
      fixtures.put(coordinate, value);
      return this;
    }

    /**
     * Records from a JSON file holding an object of field coordinates to values, as {@link
     * #fixture} takes them: {@code {"Query.invoices": {"total": 1, "data": [...]}}}.
     *
     * @param file the JSON file, read now
     * @return this builder
     * @throws IllegalArgumentException if there is no regular file at {@code file}, or it does not
     *     hold a JSON object keyed by field coordinates
     * @throws java.io.UncheckedIOException if {@code file} cannot be read
     */
    public Builder fixtures(Path file) {
      fixtures.read(requireFile(file));
      return this;
    }

    /**
     * Records a query's whole {@code data}, as JSON text, as the fixtures of the root fields it
     * holds: typically {@code UpcomingBookingsQueryFakes.json(...)} from the generated test
     * builders, so the sandbox answers with records the test built. Its members must be named as
     * the fields are (an operation that aliases a root field names it otherwise).
     *
     * @param data the {@code data} object, e.g. {@code {"bookings": {"total": 1, "data": [...]}}}
     * @return this builder
     * @throws IllegalArgumentException if {@code data} is not a JSON object
     */
    public Builder fixtureData(String data) {
      fixtures.readData(data);
      return this;
    }

    /**
     * As {@link #organizationSchema}, for personal tokens.
     *
     * @param snapshot the schema file: SDL, or introspection JSON if its name ends in {@code .json}
     * @return this builder
     * @throws IllegalArgumentException if there is no regular file at {@code snapshot}
     */
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

    /**
     * The port to listen on; 0 (the default) picks a free one.
     *
     * @param port the port on 127.0.0.1, from 0 to 65535
     * @return this builder
     * @throws IllegalArgumentException if {@code port} is outside 0..65535
     */
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
     *
     * @param rateLimitPerMinute the requests each token may send per minute, or 0 for no limit
     * @return this builder
     * @throws IllegalArgumentException if {@code rateLimitPerMinute} is negative
     */
    public Builder rateLimitPerMinute(int rateLimitPerMinute) {
      if (rateLimitPerMinute < 0) {
        throw new IllegalArgumentException(
            "rateLimitPerMinute must be >= 0, was " + rateLimitPerMinute);
      }
      this.rateLimitPerMinute = rateLimitPerMinute;
      return this;
    }

    /**
     * Starts the sandbox.
     *
     * @return the running sandbox; close it to stop it
     * @throws java.io.UncheckedIOException if the port cannot be listened on, or a schema snapshot
     *     cannot be read
     * @throws IllegalArgumentException if a schema snapshot is neither SDL nor an introspection
     *     result
     */
    public OptixSandbox build() {
      return new OptixSandbox(
          port,
          rateLimitPerMinute,
          Map.copyOf(snapshots),
          fixtures.byCoordinate(),
          consoleMutations);
    }
  }
}
