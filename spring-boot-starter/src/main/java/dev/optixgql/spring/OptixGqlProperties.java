package dev.optixgql.spring;

import dev.optixgql.runtime.TokenPlacement;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code optixgql.*} properties: the client, the webhook endpoint, the token store, health.
 *
 * @param endpoint the GraphQL endpoint
 * @param token a token for every call (an organization token ends in "o", a personal one in "p"); a
 *     TokenProvider bean wins over it; without either, calls fail saying so
 * @param tokenPlacement where the token travels
 * @param requestsPerMinute requests a minute per token, the client's own window (Optix allows 60)
 * @param maxAttempts attempts per call, the first included (1: no retry)
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long one request may take, sending to the whole response
 * @param allowInsecureHttp whether a plain http endpoint off loopback is permitted (never in
 *     production)
 * @param webhooks the webhook endpoint that keeps organizations' tokens current
 * @param tokens where organizations' tokens are kept
 * @param health the health contributor
 * @param sandbox the embedded sandbox, for tests and local runs
 */
@ConfigurationProperties("optixgql")
public record OptixGqlProperties(
    @DefaultValue("https://api.optixapp.com/graphql") URI endpoint,
    String token,
    @DefaultValue("authorization-header") TokenPlacement tokenPlacement,
    @DefaultValue("60") int requestsPerMinute,
    @DefaultValue("4") int maxAttempts,
    @DefaultValue("10s") Duration connectTimeout,
    @DefaultValue("30s") Duration requestTimeout,
    boolean allowInsecureHttp,
    @DefaultValue Webhooks webhooks,
    @DefaultValue Tokens tokens,
    @DefaultValue Health health,
    @DefaultValue Sandbox sandbox) {

  /**
   * The webhook endpoint that keeps organizations' tokens current.
   *
   * @param path where Optix posts its webhooks
   * @param secret the app's secret, from its page in Optix's dashboard; the endpoint exists only
   *     with it
   * @param clientId the app's client id: webhooks naming another are refused
   */
  public record Webhooks(
      @DefaultValue("/optix/webhooks") String path, String secret, String clientId) {}

  /**
   * Where organizations' tokens are kept.
   *
   * @param table the table of the application's DataSource the tokens are kept in, when there is
   *     one (created if missing)
   * @param file without a DataSource, the file they are kept in (owner-only); without either,
   *     memory only
   */
  public record Tokens(@DefaultValue("optixgql_tokens") String table, Path file) {}

  /**
   * The health contributor.
   *
   * @param cacheFor how long an answer about the configured token is reused, so health checks cost
   *     no budget
   */
  public record Health(@DefaultValue("5m") Duration cacheFor) {}

  /**
   * The embedded sandbox (optixgql-sandbox on the class path), for tests and local runs.
   *
   * @param enabled whether to start it with the context and point the client at it (its endpoint
   *     and organization token, over the endpoint and token properties)
   */
  public record Sandbox(boolean enabled) {}
}
