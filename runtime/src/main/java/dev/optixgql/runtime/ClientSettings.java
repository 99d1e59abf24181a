package dev.optixgql.runtime;

import dev.optixgql.runtime.internal.EngineSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * What {@link OptixClient.Builder} collects, with the defaults, and its setters: they are the
 * builder's public methods (this class is not public, so they are documented and linked as the
 * builder's own), kept out of {@code OptixClient.java} so the facade reads on its own. Only the
 * builder extends it.
 */
abstract sealed class ClientSettings permits OptixClient.Builder {
  private URI endpoint = OptixClient.DEFAULT_ENDPOINT;
  private @Nullable TokenProvider tokens;
  private @Nullable HttpClient http;
  private Duration connectTimeout = Duration.ofSeconds(10);
  private Duration requestTimeout = Duration.ofSeconds(30);
  private boolean allowInsecureHttp;
  private TokenPlacement placement = TokenPlacement.AUTHORIZATION_HEADER;
  private RateLimit rateLimit = RateLimit.OPTIX;
  private @Nullable RateLimiter rateLimiter;
  private RateLimitHeaders rateLimitHeaders = RateLimitHeaders.DEFAULT;
  private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
  private long maxResponseBytes = 32L * 1024 * 1024;
  private @Nullable Executor executor;
  private int maxConcurrentRequests = 64;
  private @Nullable CallListener callListener;
  private @Nullable ResponseCache responseCache;

  ClientSettings() {}

  /**
   * The most requests this client (all its views together) has on the wire at once (default 64);
   * more calls queue, in order, without holding a thread. It bounds the connections a burst of
   * calls for thousands of organizations opens.
   *
   * @param maxConcurrentRequests the most requests in flight at once, at least 1
   * @return this builder
   * @throws IllegalArgumentException if {@code maxConcurrentRequests} is less than 1
   */
  public OptixClient.Builder maxConcurrentRequests(int maxConcurrentRequests) {
    if (maxConcurrentRequests < 1) {
      throw new IllegalArgumentException("maxConcurrentRequests must be at least 1");
    }
    this.maxConcurrentRequests = maxConcurrentRequests;
    return self();
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
  public OptixClient.Builder executor(Executor executor) {
    this.executor = Objects.requireNonNull(executor, "executor");
    return self();
  }

  /**
   * The GraphQL endpoint; defaults to {@link OptixClient#DEFAULT_ENDPOINT}.
   *
   * @param endpoint the endpoint's URI: https, or http only on loopback unless {@link
   *     #allowInsecureHttp()}
   * @return this builder
   */
  public OptixClient.Builder endpoint(URI endpoint) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    return self();
  }

  /**
   * The GraphQL endpoint; defaults to {@link OptixClient#DEFAULT_ENDPOINT}.
   *
   * @param endpoint the endpoint's URI as text, as for {@link #endpoint(URI)}
   * @return this builder
   * @throws IllegalArgumentException if {@code endpoint} is not a valid URI
   */
  public OptixClient.Builder endpoint(String endpoint) {
    return endpoint(URI.create(endpoint));
  }

  /**
   * Where tokens come from (required).
   *
   * @param tokens the provider asked for each request's token
   * @return this builder
   */
  public OptixClient.Builder tokenProvider(TokenProvider tokens) {
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    return self();
  }

  /**
   * A shared {@link HttpClient}; by default one is created with the connect timeout.
   *
   * @param http the client to send with; it must not follow redirects
   * @return this builder
   */
  public OptixClient.Builder httpClient(HttpClient http) {
    this.http = Objects.requireNonNull(http, "http");
    return self();
  }

  /**
   * How long to wait for a connection (default 10 s); ignored with {@link #httpClient}.
   *
   * @param timeout the connect timeout
   * @return this builder
   */
  public OptixClient.Builder connectTimeout(Duration timeout) {
    this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
    return self();
  }

  /**
   * How long one request may take, from sending to the whole response (default 30 s).
   *
   * @param timeout the request timeout, positive
   * @return this builder
   */
  public OptixClient.Builder requestTimeout(Duration timeout) {
    this.requestTimeout = Objects.requireNonNull(timeout, "timeout");
    return self();
  }

  /**
   * Where the token travels (default: the {@code Authorization} header).
   *
   * @param placement where each request carries its token
   * @return this builder
   */
  public OptixClient.Builder tokenPlacement(TokenPlacement placement) {
    this.placement = Objects.requireNonNull(placement, "placement");
    return self();
  }

  /**
   * The client-side limit per token (default {@link RateLimit#OPTIX}, 60 a minute).
   *
   * @param rateLimit the requests each token may make per window
   * @return this builder
   */
  public OptixClient.Builder rateLimit(RateLimit rateLimit) {
    this.rateLimit = Objects.requireNonNull(rateLimit, "rateLimit");
    return self();
  }

  /**
   * A budget shared with other instances of the app ({@link RateLimiter}): each request takes a
   * slot of this client's own window, then one of {@code limiter}. Default: none, the window only.
   *
   * @param limiter the budget shared with the app's other instances
   * @return this builder
   */
  public OptixClient.Builder rateLimiter(RateLimiter limiter) {
    this.rateLimiter = Objects.requireNonNull(limiter, "limiter");
    return self();
  }

  /**
   * The names of the server's rate-limit headers (default {@link RateLimitHeaders#DEFAULT}).
   *
   * @param headers the header names to read the counters from
   * @return this builder
   */
  public OptixClient.Builder rateLimitHeaders(RateLimitHeaders headers) {
    this.rateLimitHeaders = Objects.requireNonNull(headers, "headers");
    return self();
  }

  /**
   * How failures are retried (default {@link RetryPolicy#DEFAULT}).
   *
   * @param retryPolicy the attempts, backoffs and deadline of each call
   * @return this builder
   */
  public OptixClient.Builder retryPolicy(RetryPolicy retryPolicy) {
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    return self();
  }

  /**
   * Responses larger than this are refused (default 32 MiB).
   *
   * @param maxResponseBytes the largest response body accepted, in bytes; positive
   * @return this builder
   * @throws IllegalArgumentException if {@code maxResponseBytes} is not positive
   */
  public OptixClient.Builder maxResponseBytes(long maxResponseBytes) {
    if (maxResponseBytes <= 0) {
      throw new IllegalArgumentException("maxResponseBytes must be positive");
    }
    this.maxResponseBytes = maxResponseBytes;
    return self();
  }

  /**
   * What watches each call (metrics, traces, logs of your own): told its start, throttle waits,
   * attempts, retries, rate-limit counters and end, for every view of this client. None by default:
   * the client then only logs (see {@link CallListener}).
   *
   * @param callListener the listener
   * @return this builder
   */
  public OptixClient.Builder callListener(CallListener callListener) {
    this.callListener = Objects.requireNonNull(callListener, "callListener");
    return self();
  }

  /**
   * Where query results are kept to answer again without a request, for the operations it gives a
   * time to live ({@link ResponseCache}; {@code optixgql-caffeine}'s {@code
   * CaffeineResponseCache}). Shared by every view of this client; results are kept per token. None
   * by default.
   *
   * @param responseCache the cache
   * @return this builder
   */
  public OptixClient.Builder responseCache(ResponseCache responseCache) {
    this.responseCache = Objects.requireNonNull(responseCache, "responseCache");
    return self();
  }

  /**
   * Permits a plain {@code http://} endpoint that is not on loopback.
   *
   * @return this builder
   */
  public OptixClient.Builder allowInsecureHttp() {
    this.allowInsecureHttp = true;
    return self();
  }

  private OptixClient.Builder self() {
    return (OptixClient.Builder) this;
  }

  /** The token provider, required: {@code null} until set. */
  final @Nullable TokenProvider tokens() {
    return tokens;
  }

  /** The settings as the engine takes them, checked by {@link EngineSettings}' constructor. */
  final EngineSettings settings() {
    return new EngineSettings(
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
        maxConcurrentRequests,
        callListener,
        responseCache);
  }
}
