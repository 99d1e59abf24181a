package dev.optixgql.runtime;

import com.fasterxml.jackson.core.JsonFactory;
import dev.optixgql.runtime.internal.CallExecutor;
import dev.optixgql.runtime.internal.ClientAccess;
import dev.optixgql.runtime.internal.Exchange;
import dev.optixgql.runtime.internal.Redactor;
import dev.optixgql.runtime.internal.RequestGate;
import dev.optixgql.runtime.internal.RequestWriter;
import dev.optixgql.runtime.internal.ResponseReader;
import dev.optixgql.runtime.internal.Threads;
import dev.optixgql.runtime.internal.Throttle;
import dev.optixgql.runtime.internal.TokenRefresher;
import java.lang.reflect.InvocationTargetException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Executes generated operations over HTTP. One instance is thread-safe and meant to be shared: it
 * holds the HTTP client, the per-token throttle and the retry rules; {@link #withTokens} gives
 * views that share them with other tokens (one per organization, say).
 *
 * <pre>{@code
 * OptixClient client = OptixClient.builder()
 *     .tokenProvider(TokenProvider.environment("OPTIX_TOKEN"))
 *     .build();
 * Bookings bookings = client.create(Bookings.class);
 * }</pre>
 */
public final class OptixClient implements AutoCloseable {
  /** The public Optix GraphQL endpoint. */
  public static final URI DEFAULT_ENDPOINT = URI.create("https://api.optixapp.com/graphql");

  private static final JsonFactory JSON = new JsonFactory();

  static {
    // Generated implementations call through dev.optixgql.runtime.generated.ClientCalls.
    ClientAccess.install(
        new ClientAccess() {
          @Override
          public <D> Response<D> call(
              OptixClient client,
              TokenKind required,
              String clientName,
              Operation<D> operation,
              boolean idempotent) {
            return client.call(required, clientName, operation, idempotent);
          }

          @Override
          public <D> CompletableFuture<D> executeAsync(
              OptixClient client,
              TokenKind required,
              String clientName,
              Operation<D> operation,
              boolean idempotent) {
            return client.executeAsync(required, clientName, operation, idempotent);
          }
        });
  }

  private final Shared shared;
  private final TokenProvider tokens;

  /** What every view of one client shares. */
  private record Shared(
      URI endpoint,
      CallExecutor executor,
      Executor async,
      Threads threads,
      RequestWriter requests,
      ResponseReader responses,
      AtomicReference<RateLimitInfo> lastRateLimit,
      TokenPlacement placement,
      TokenRefresher refresher,
      Set<CallExecutor.AsyncCall<?>> live,
      AtomicBoolean closed) {}

  private OptixClient(Shared shared, TokenProvider tokens) {
    this.shared = shared;
    this.tokens = Objects.requireNonNull(tokens, "tokenProvider is required");
  }

  /**
   * Starts configuring a client; only {@link Builder#tokenProvider} is required.
   *
   * @return a new builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The endpoint requests go to.
   *
   * @return the configured endpoint, without any token (even with {@link
   *     TokenPlacement#QUERY_PARAMETER})
   */
  public URI endpoint() {
    return shared.endpoint();
  }

  /**
   * A view of this client that sends {@code tokens}' tokens, sharing the HTTP client, throttle and
   * retry rules: e.g. {@code client.withTokens(organizationTokens.provider("42"))}.
   *
   * @param tokens where the view's tokens come from
   * @return a new view; closing any view closes them all
   */
  public OptixClient withTokens(TokenProvider tokens) {
    return new OptixClient(shared, tokens);
  }

  /**
   * The rate-limit counters of the latest response any view of this client received.
   *
   * @return the counters, or {@link RateLimitInfo#UNKNOWN} before the first response
   */
  public RateLimitInfo lastRateLimit() {
    return shared.lastRateLimit().get();
  }

  /**
   * Returns the generated implementation of {@code clientInterface}, an interface annotated with
   * {@link GraphQLClient}. Looked up once here; calls on it use no reflection.
   *
   * @param clientInterface the interface annotated with {@link GraphQLClient}
   * @param <T> the interface's type
   * @return the generated implementation, which sends through this client
   * @throws IllegalArgumentException if {@code clientInterface} is not an interface
   * @throws OptixGqlException if no implementation was generated or it cannot be created
   */
  public <T> T create(Class<T> clientInterface) {
    if (!clientInterface.isInterface()) {
      throw new IllegalArgumentException(clientInterface.getName() + " is not an interface.");
    }
    String implName = clientInterface.getName().replace('$', '_') + "_Impl";
    try {
      Class<?> impl = Class.forName(implName, true, clientInterface.getClassLoader());
      return clientInterface.cast(impl.getConstructor(OptixClient.class).newInstance(this));
    } catch (ClassNotFoundException e) {
      throw new OptixGqlException(
          "No generated implementation "
              + implName
              + " for "
              + clientInterface.getName()
              + ": is it annotated with @GraphQLClient, and is optixgql-processor on the"
              + " annotation processor path?",
          e);
    } catch (InvocationTargetException e) {
      throw new OptixGqlException("Cannot create " + implName + ": " + e.getCause(), e.getCause());
    } catch (IllegalAccessException e) {
      Module module = clientInterface.getModule();
      String pkg = clientInterface.getPackageName();
      if (module.isNamed() && !module.isExported(pkg, OptixClient.class.getModule())) {
        throw new OptixGqlException(
            "Cannot create "
                + implName
                + ": module "
                + module.getName()
                + " does not export "
                + pkg
                + " to "
                + OptixClient.class.getModule().getName()
                + ". Add 'exports "
                + pkg
                + " to dev.optixgql.runtime;' to its module-info.java.",
            e);
      }
      throw new OptixGqlException("Cannot create " + implName + ": " + e, e);
    } catch (ReflectiveOperationException e) {
      throw new OptixGqlException("Cannot create " + implName + ": " + e, e);
    }
  }

  /**
   * Executes {@code operation} with a token of any kind and returns its data, or throws: {@link
   * GraphQLErrorsException}, {@link HttpStatusException}, {@link RateLimitedException}, {@link
   * ResponseDecodingException}, {@link ResponseTooLargeException} or {@link TransportException}. A
   * mutation is sent at most once.
   *
   * @param operation the operation, with its variables
   * @param <D> the operation's data
   * @return the data
   */
  public <D> D execute(Operation<D> operation) {
    return execute(TokenKind.ANY, "OptixClient", operation);
  }

  /**
   * Executes {@code operation} with a token of any kind and returns the whole response: data
   * (possibly partial), errors and the server's rate-limit counters; throws only when there is no
   * GraphQL response to return.
   *
   * @param operation the operation, with its variables
   * @param <D> the operation's data
   * @return the response
   */
  public <D> Response<D> call(Operation<D> operation) {
    return call(TokenKind.ANY, "OptixClient", operation, false);
  }

  /**
   * As {@link #execute(Operation)} for a client bound to {@code required} tokens ({@link
   * TokenKindMismatchException} before sending).
   */
  <D> D execute(TokenKind required, String clientName, Operation<D> operation) {
    return call(required, clientName, operation, false).dataOrThrow();
  }

  /** As {@link #call(Operation)} for a client bound to {@code required} tokens. */
  <D> Response<D> call(
      TokenKind required, String clientName, Operation<D> operation, boolean idempotent) {
    checkOpen();
    CallExecutor.Call call = callOf(required, clientName, operation, idempotent);
    return response(operation, shared.executor().execute(call, tokens, shared.refresher()));
  }

  private CallExecutor.Call callOf(
      TokenKind required, String clientName, Operation<?> operation, boolean idempotent) {
    if (operation.isSubscription()) {
      throw new OptixGqlException(
          operation.operationName()
              + " is a subscription: OptixClient sends queries and mutations over HTTP only."
              + " Run it with a subscription transport of your own.");
    }
    return new CallExecutor.Call(
        operation.operationName(),
        clientName,
        required,
        !operation.isMutation() || idempotent,
        body(operation));
  }

  private <D> Response<D> response(Operation<D> operation, CallExecutor.Success success) {
    Redactor redactor = success.redactor();
    ResponseReader.Envelope<D> envelope =
        decoded(redactor, () -> shared.responses().read(operation, success.body()));
    if (!envelope.hadData() && envelope.errors().isEmpty()) {
      throw new ResponseDecodingException(
          "/data", "the response has neither data nor errors", null);
    }
    return new Response<>(
        operation.operationName(),
        envelope.data(),
        redactor.errors(envelope.errors()),
        success.rateLimit());
  }

  /**
   * Decodes a 200 response. What the parser or a generated reader says about it (Jackson quotes the
   * input it could not read, which may be an echoed token) is redacted, and nothing untyped
   * escapes.
   */
  private static <T> T decoded(Redactor redactor, java.util.function.Supplier<T> decode) {
    try {
      return decode.get();
    } catch (ResponseDecodingException e) {
      throw new ResponseDecodingException(
          redactor.text(e.jsonPath()),
          redactor.text(e.problem()),
          redactor.sanitized(e.getCause()));
    } catch (OptixGqlException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      throw new ResponseDecodingException(
          "/", redactor.text("the response could not be read: " + e), redactor.sanitized(e));
    }
  }

  /**
   * Executes {@code operation} asynchronously with a token of any kind; the future has its data or
   * fails with the exceptions {@link #execute(Operation)} throws. No thread waits for the call:
   * throttle waits and backoffs are timer tasks, the request goes out with {@code
   * HttpClient.sendAsync}, and the future completes on the client's executor ({@link
   * Builder#executor}). Cancelling it aborts the exchange or wait under way.
   *
   * @param operation the operation, with its variables
   * @param <D> the operation's data
   * @return the data, when it arrives
   */
  public <D> CompletableFuture<D> executeAsync(Operation<D> operation) {
    return executeAsync(TokenKind.ANY, "OptixClient", operation, false);
  }

  /** As {@link #executeAsync(Operation)} for a client bound to {@code required} tokens. */
  <D> CompletableFuture<D> executeAsync(
      TokenKind required, String clientName, Operation<D> operation) {
    return executeAsync(required, clientName, operation, false);
  }

  /** As {@link #executeAsync(TokenKind, String, Operation)}, for idempotent mutations too. */
  <D> CompletableFuture<D> executeAsync(
      TokenKind required, String clientName, Operation<D> operation, boolean idempotent) {
    CallExecutor.Call call;
    try {
      checkOpen();
      call = callOf(required, clientName, operation, idempotent);
    } catch (OptixGqlException e) {
      return CompletableFuture.failedFuture(e);
    }
    CallExecutor.AsyncCall<D> async =
        shared
            .executor()
            .executeAsync(
                call,
                tokens,
                shared.refresher(),
                shared.async(),
                success -> response(operation, success).dataOrThrow());
    shared.live().add(async);
    async.whenComplete((data, failure) -> shared.live().remove(async));
    if (shared.closed().get()) {
      async.abort(new OptixGqlException(CLOSED)); // closed as it started
    }
    return async;
  }

  /**
   * Starts a batch: operations added to it travel in one HTTP request (a JSON array), counting once
   * against the rate limit, and are answered in order.
   *
   * @return a new, empty batch that sends with this client's tokens
   */
  public Batch batch() {
    return new Batch(this);
  }

  private static final String CLOSED = "The OptixClient is closed; nothing was sent.";

  private void checkOpen() {
    if (shared.closed().get()) {
      throw new OptixGqlException(CLOSED);
    }
  }

  /**
   * Closes this client and every view of it ({@link #withTokens}): async calls under way fail with
   * {@link OptixGqlException} (their exchanges and waits aborted), the client's own threads end
   * (those of an executor or {@code HttpClient} you supplied are yours), and later calls fail with
   * {@link OptixGqlException} before sending. Idempotent.
   */
  @Override
  public void close() {
    if (shared.closed().compareAndSet(false, true)) {
      OptixGqlException closing =
          new OptixGqlException("The OptixClient was closed while the call was under way.");
      for (CallExecutor.AsyncCall<?> call : shared.live()) {
        call.abort(closing);
      }
      shared.threads().close();
    }
  }

  /** A batch's answers in order, with the counters of the response that carried them. */
  record BatchAnswer(List<ResponseReader.Envelope<?>> envelopes, RateLimitInfo rateLimit) {}

  /** Sends a batch's operations; called by {@link Batch#send()}. */
  BatchAnswer sendBatch(List<? extends Operation<?>> operations, boolean repeatable) {
    checkOpen();
    if (shared.placement() == TokenPlacement.JSON_BODY
        || shared.placement() == TokenPlacement.FORM_BODY) {
      // A batch body is a JSON array: there is no object to put access_token in.
      throw new OptixGqlException(
          "A batch cannot be sent with TokenPlacement."
              + shared.placement()
              + ": its body is a JSON array, with no place for the token. Use"
              + " AUTHORIZATION_HEADER (the default) or QUERY_PARAMETER, or send the operations one"
              + " by one; nothing was sent.");
    }
    CallExecutor.Call call =
        new CallExecutor.Call(
            "batch of " + operations.size(),
            "Batch",
            batchKind(operations),
            repeatable,
            new Exchange.Body() {
              @Override
              public byte[] json(String token) {
                return shared.requests().batch(operations, token);
              }

              @Override
              public byte[] form(String token) {
                throw new OptixGqlException(
                    "A batch cannot be sent with TokenPlacement.FORM_BODY: a form carries one"
                        + " operation. Send the operations one by one, or use another placement;"
                        + " nothing was sent.");
              }
            });
    CallExecutor.Success success = shared.executor().execute(call, tokens, shared.refresher());
    Redactor redactor = success.redactor();
    List<ResponseReader.Envelope<?>> envelopes =
        decoded(redactor, () -> shared.responses().readBatch(operations, success.body()));
    if (envelopes == null) {
      List<GraphQLError> errors =
          redactor.errors(shared.responses().readErrorsOnly(success.body()));
      throw errors.isEmpty()
          ? new ResponseDecodingException("/", "the batch's response is not a JSON array", null)
          : new GraphQLErrorsException("batch of " + operations.size(), errors, null);
    }
    List<ResponseReader.Envelope<?>> redacted = new java.util.ArrayList<>(envelopes.size());
    for (ResponseReader.Envelope<?> envelope : envelopes) {
      redacted.add(redacted(envelope, redactor));
    }
    return new BatchAnswer(redacted, success.rateLimit());
  }

  /** The kind every operation of a batch accepts, or a typed refusal when they disagree. */
  private static TokenKind batchKind(List<? extends Operation<?>> operations) {
    TokenKind required = TokenKind.ANY;
    for (Operation<?> operation : operations) {
      TokenKind kind = operation.tokenKind();
      if (kind == TokenKind.ANY || kind == required) {
        continue;
      }
      if (required != TokenKind.ANY) {
        throw new OptixGqlException(
            "A batch cannot mix operations bound to the organization schema and to the personal"
                + " schema ("
                + operation.operationName()
                + " is "
                + kind.name().toLowerCase(java.util.Locale.ROOT)
                + "): no one token serves both. Send two batches; nothing was sent.");
      }
      required = kind;
    }
    return required;
  }

  private static <D> ResponseReader.Envelope<D> redacted(
      ResponseReader.Envelope<D> envelope, Redactor redactor) {
    return new ResponseReader.Envelope<>(
        envelope.data(), redactor.errors(envelope.errors()), envelope.hadData());
  }

  private Exchange.Body body(Operation<?> operation) {
    return new Exchange.Body() {
      @Override
      public byte[] json(String token) {
        return shared.requests().json(operation, token);
      }

      @Override
      public byte[] form(String token) {
        return shared.requests().form(operation, token);
      }
    };
  }

  private static void checkTransportSecurity(URI endpoint, boolean allowInsecureHttp) {
    String scheme = endpoint.getScheme();
    if ("https".equalsIgnoreCase(scheme)) {
      return;
    }
    if (!"http".equalsIgnoreCase(scheme)) {
      throw new IllegalArgumentException("The endpoint must be http(s): " + endpoint);
    }
    if (!allowInsecureHttp && !isLoopback(endpoint.getHost())) {
      throw new IllegalArgumentException(
          "Refusing plain http to "
              + endpoint.getHost()
              + ": the token would travel unencrypted. Use https, or call"
              + " allowInsecureHttp() if you really mean it.");
    }
  }

  private static boolean isLoopback(String host) {
    if (host == null) {
      return false;
    }
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    try {
      // Only literal addresses are checked, so this never does a DNS lookup.
      return host.matches("[0-9.]+|\\[?[0-9a-fA-F:]+\\]?")
          && InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return "OptixClient{endpoint=" + shared.endpoint() + ", tokens=" + tokens + "}";
  }

  /** Configures an {@link OptixClient}. */
  public static final class Builder {
    private URI endpoint = DEFAULT_ENDPOINT;
    private TokenProvider tokens;
    private HttpClient http;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(30);
    private boolean allowInsecureHttp;
    private TokenPlacement placement = TokenPlacement.AUTHORIZATION_HEADER;
    private RateLimit rateLimit = RateLimit.OPTIX;
    private RateLimiter rateLimiter;
    private RateLimitHeaders rateLimitHeaders = RateLimitHeaders.DEFAULT;
    private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
    private long maxResponseBytes = 32L * 1024 * 1024;
    private Executor executor;
    private int maxConcurrentRequests = 64;

    private Builder() {}

    /**
     * The most requests this client (all its views together) has on the wire at once (default 64);
     * more calls queue, in order, without holding a thread. It bounds the connections a burst of
     * calls for thousands of organizations opens.
     *
     * @param maxConcurrentRequests the most requests in flight at once, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code maxConcurrentRequests} is less than 1
     */
    public Builder maxConcurrentRequests(int maxConcurrentRequests) {
      if (maxConcurrentRequests < 1) {
        throw new IllegalArgumentException("maxConcurrentRequests must be at least 1");
      }
      this.maxConcurrentRequests = maxConcurrentRequests;
      return this;
    }

    /**
     * Where async calls run their steps (token lookups, refreshes, decoding) and complete their
     * futures, so your callbacks run there too. By default the client owns a pool of {@code max(2,
     * cores)} daemon threads, ended by {@link OptixClient#close()}; an executor you supply is never
     * shut down by the client. Steps do not block on the network, but a token provider may (say, a
     * database lookup).
     *
     * @param executor the executor for async steps and for completing futures
     * @return this builder
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * The GraphQL endpoint; defaults to {@link #DEFAULT_ENDPOINT}.
     *
     * @param endpoint the endpoint's URI: https, or http only on loopback unless {@link
     *     #allowInsecureHttp()}
     * @return this builder
     */
    public Builder endpoint(URI endpoint) {
      this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
      return this;
    }

    /**
     * The GraphQL endpoint; defaults to {@link #DEFAULT_ENDPOINT}.
     *
     * @param endpoint the endpoint's URI as text, as for {@link #endpoint(URI)}
     * @return this builder
     * @throws IllegalArgumentException if {@code endpoint} is not a valid URI
     */
    public Builder endpoint(String endpoint) {
      return endpoint(URI.create(endpoint));
    }

    /**
     * Where tokens come from (required).
     *
     * @param tokens the provider asked for each request's token
     * @return this builder
     */
    public Builder tokenProvider(TokenProvider tokens) {
      this.tokens = Objects.requireNonNull(tokens, "tokens");
      return this;
    }

    /**
     * A shared {@link HttpClient}; by default one is created with the connect timeout.
     *
     * @param http the client to send with; it must not follow redirects
     * @return this builder
     */
    public Builder httpClient(HttpClient http) {
      this.http = Objects.requireNonNull(http, "http");
      return this;
    }

    /**
     * How long to wait for a connection (default 10 s); ignored with {@link #httpClient}.
     *
     * @param timeout the connect timeout
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * How long one request may take, from sending to the whole response (default 30 s).
     *
     * @param timeout the request timeout, positive
     * @return this builder
     */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * Where the token travels (default: the {@code Authorization} header).
     *
     * @param placement where each request carries its token
     * @return this builder
     */
    public Builder tokenPlacement(TokenPlacement placement) {
      this.placement = Objects.requireNonNull(placement, "placement");
      return this;
    }

    /**
     * The client-side limit per token (default {@link RateLimit#OPTIX}, 60 a minute).
     *
     * @param rateLimit the requests each token may make per window
     * @return this builder
     */
    public Builder rateLimit(RateLimit rateLimit) {
      this.rateLimit = Objects.requireNonNull(rateLimit, "rateLimit");
      return this;
    }

    /**
     * A budget shared with other instances of the app ({@link RateLimiter}): each request takes a
     * slot of this client's own window, then one of {@code limiter}. Default: none, the window
     * only.
     *
     * @param limiter the budget shared with the app's other instances
     * @return this builder
     */
    public Builder rateLimiter(RateLimiter limiter) {
      this.rateLimiter = Objects.requireNonNull(limiter, "limiter");
      return this;
    }

    /**
     * The names of the server's rate-limit headers (default {@link RateLimitHeaders#DEFAULT}).
     *
     * @param headers the header names to read the counters from
     * @return this builder
     */
    public Builder rateLimitHeaders(RateLimitHeaders headers) {
      this.rateLimitHeaders = Objects.requireNonNull(headers, "headers");
      return this;
    }

    /**
     * How failures are retried (default {@link RetryPolicy#DEFAULT}).
     *
     * @param retryPolicy the attempts, backoffs and deadline of each call
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * Responses larger than this are refused (default 32 MiB).
     *
     * @param maxResponseBytes the largest response body accepted, in bytes; positive
     * @return this builder
     * @throws IllegalArgumentException if {@code maxResponseBytes} is not positive
     */
    public Builder maxResponseBytes(long maxResponseBytes) {
      if (maxResponseBytes <= 0) {
        throw new IllegalArgumentException("maxResponseBytes must be positive");
      }
      this.maxResponseBytes = maxResponseBytes;
      return this;
    }

    /**
     * Permits a plain {@code http://} endpoint that is not on loopback.
     *
     * @return this builder
     */
    public Builder allowInsecureHttp() {
      this.allowInsecureHttp = true;
      return this;
    }

    /**
     * Creates the client, with threads of its own for what was not supplied (the {@link
     * HttpClient}, the executor) until {@link OptixClient#close()}.
     *
     * @return a new client
     * @throws NullPointerException if no token provider was set
     * @throws IllegalArgumentException if the endpoint is plain http to a host other than loopback
     *     without {@link #allowInsecureHttp()}, the supplied {@link HttpClient} follows redirects,
     *     or the request timeout is not positive
     */
    public OptixClient build() {
      checkTransportSecurity(endpoint, allowInsecureHttp);
      if (http != null && http.followRedirects() != HttpClient.Redirect.NEVER) {
        // The JDK's client re-sends the request's headers, Authorization included, to wherever a
        // redirect points; Optix's endpoint never redirects.
        throw new IllegalArgumentException(
            "The HttpClient follows redirects ("
                + http.followRedirects()
                + "): it would carry the token to wherever a redirect points. Build it with"
                + " HttpClient.Redirect.NEVER (the default).");
      }
      if (requestTimeout.isNegative() || requestTimeout.isZero()) {
        throw new IllegalArgumentException("requestTimeout must be positive");
      }
      Threads threads = new Threads(http == null, executor == null);
      HttpClient client =
          http != null
              ? http
              : HttpClient.newBuilder()
                  .connectTimeout(connectTimeout)
                  .executor(threads.http())
                  .build();
      threads.owns(http == null ? client : null);
      AtomicReference<RateLimitInfo> last = new AtomicReference<>(RateLimitInfo.UNKNOWN);
      Exchange exchange =
          new Exchange(
              client, endpoint, placement, requestTimeout, maxResponseBytes, threads.timer());
      CallExecutor calls =
          new CallExecutor(
              exchange,
              new Throttle(rateLimit, rateLimiter, System::nanoTime, threads.timer()),
              retryPolicy,
              rateLimitHeaders,
              last::set,
              threads.timer(),
              new RequestGate(maxConcurrentRequests));
      Shared shared =
          new Shared(
              endpoint,
              calls,
              executor != null ? executor : threads.async(),
              threads,
              new RequestWriter(JSON),
              new ResponseReader(JSON),
              last,
              placement,
              new TokenRefresher(),
              ConcurrentHashMap.newKeySet(),
              new AtomicBoolean());
      return new OptixClient(shared, tokens);
    }
  }
}
