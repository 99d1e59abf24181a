package dev.optixgql.runtime;

import dev.optixgql.runtime.internal.ClientEngine;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.concurrent.CompletableFuture;

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
   * Reads every page of a list, lazily, from {@code first}'s page on, with a token of any kind: one
   * request per page, through the throttle and retries like any call. See {@link Pages}.
   *
   * @param first the operation asking for the first page to read, with its other variables
   * @param <D> the operation's data
   * @param <T> the list's items
   * @return the read; nothing is sent until its first page is asked for
   */
  public <D, T> Pages<T> pages(PagedOperation<D, T> first) {
    return Pages.of(first, this::execute, this::executeAsync);
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
  public static final class Builder extends ClientSettings {
    private Builder() {}

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
      return new OptixClient(ClientEngine.start(settings(), tokens()));
    }
  }
}
