package dev.optixgql.runtime.internal;

import dev.optixgql.runtime.CallListener;
import dev.optixgql.runtime.RateLimit;
import dev.optixgql.runtime.RateLimitHeaders;
import dev.optixgql.runtime.RateLimiter;
import dev.optixgql.runtime.ResponseCache;
import dev.optixgql.runtime.RetryPolicy;
import dev.optixgql.runtime.TokenPlacement;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * What {@code OptixClient.Builder} collected, checked once here before {@link ClientEngine#start}
 * builds anything from it: the refusals a user sees from {@code build()}.
 *
 * @param http a supplied {@code HttpClient}, or {@code null} for one of the client's own
 * @param rateLimiter a budget shared with other instances, or {@code null} for none
 * @param executor a supplied executor for async steps, or {@code null} for the client's own pool
 * @param callListener what watches each call, or {@code null} for none (the log only)
 * @param responseCache where query results are kept, or {@code null} for none
 */
public record EngineSettings(
    URI endpoint,
    boolean allowInsecureHttp,
    @Nullable HttpClient http,
    Duration connectTimeout,
    Duration requestTimeout,
    TokenPlacement placement,
    RateLimit rateLimit,
    @Nullable RateLimiter rateLimiter,
    RateLimitHeaders rateLimitHeaders,
    RetryPolicy retryPolicy,
    long maxResponseBytes,
    @Nullable Executor executor,
    int maxConcurrentRequests,
    @Nullable CallListener callListener,
    @Nullable ResponseCache responseCache) {

  /**
   * @throws IllegalArgumentException if the endpoint is plain http to a host other than loopback
   *     without {@code allowInsecureHttp}, the supplied {@link HttpClient} follows redirects, or
   *     the request timeout is not positive
   */
  public EngineSettings {
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

  private static boolean isLoopback(@Nullable String host) {
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
}
