package dev.optixgql.runtime;

import dev.optixgql.runtime.internal.ClientEngine;
import dev.optixgql.runtime.internal.EngineSettings;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

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

  /**
   * Everything this view runs calls with: the shared configuration and this view's tokens. {@code
   * generated.ClientCalls} reads it through a {@code VarHandle} (same module), so generated code
   * reaches the engine without an accessor on this API and without the engine knowing this class.
   */
  private final ClientEngine engine;

  private OptixClient(ClientEngine engine) {
    this.engine = engine;
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
    return engine.endpoint();
  }

  /**
   * A view of this client that sends {@code tokens}' tokens, sharing the HTTP client, throttle and
   * retry rules: e.g. {@code client.withTokens(organizationTokens.provider("42"))}.
   *
   * @param tokens where the view's tokens come from
   * @return a new view; closing any view closes them all
   */
  public OptixClient withTokens(TokenProvider tokens) {
    return new OptixClient(engine.withTokens(tokens));
  }

  /**
   * The rate-limit counters of the latest response any view of this client received.
   *
   * @return the counters, or {@link RateLimitInfo#UNKNOWN} before the first response
   */
  public RateLimitInfo lastRateLimit() {
    return engine.lastRateLimit();
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
    return call(operation).dataOrThrow();
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
    return engine.call(TokenKind.ANY, "OptixClient", operation, false);
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
    return engine.executeAsync(TokenKind.ANY, "OptixClient", operation, false);
  }

  /**
   * Starts a batch: operations added to it travel in one HTTP request (a JSON array), counting once
   * against the rate limit, and are answered in order.
   *
   * @return a new, empty batch that sends with this client's tokens
   */
  public Batch batch() {
    return new Batch(engine);
  }

  /**
   * Closes this client and every view of it ({@link #withTokens}): async calls under way fail with
   * {@link OptixGqlException} (their exchanges and waits aborted), the client's own threads end
   * (those of an executor or {@code HttpClient} you supplied are yours), and later calls fail with
   * {@link OptixGqlException} before sending. Idempotent.
   */
  @Override
  public void close() {
    engine.close();
  }

  @Override
  public String toString() {
    return "OptixClient{endpoint=" + engine.endpoint() + ", tokens=" + engine.tokens() + "}";
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
      EngineSettings settings =
          new EngineSettings(
              endpoint,
              allowInsecureHttp,
              http,
              connectTimeout,
              requestTimeout,
              placement,
              rateLimit,
              rateLimiter,
              rateLimitHeaders,
              retryPolicy,
              maxResponseBytes,
              executor,
              maxConcurrentRequests);
      return new OptixClient(ClientEngine.start(settings, tokens));
    }
  }
}
