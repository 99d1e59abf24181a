package dev.optixgql.runtime;

import java.net.URI;
import java.time.Duration;

/**
 * Shared fixtures of the fault tests: a pong, and clients that retry within milliseconds and have
 * no client-side rate limit unless a test sets one.
 */
final class TestClients {
  static final String TOKEN = "fau1t-t0k3n-5f2c9e0d7a41b8c3o";
  static final String PONG = "{\"data\":{\"ping\":{\"status\":\"ok\",\"time\":5}}}";
  static final PingOperation.Data PONG_DATA =
      new PingOperation.Data(new PingOperation.Ping("ok", 5));

  /** Four attempts, backoffs of a few milliseconds, a five-second deadline. */
  static final RetryPolicy FAST =
      new RetryPolicy(4, Duration.ofMillis(1), Duration.ofMillis(4), Duration.ofSeconds(5));

  private TestClients() {}

  static OptixClient.Builder builder(URI endpoint, TokenProvider tokens) {
    return OptixClient.builder()
        .endpoint(endpoint)
        .tokenProvider(tokens)
        .retryPolicy(FAST)
        .rateLimit(RateLimit.none());
  }

  static OptixClient.Builder builder(FaultServer server) {
    return builder(server.endpoint(), TokenProvider.fixed(TOKEN));
  }

  static OptixClient client(FaultServer server) {
    return builder(server).build();
  }
}
