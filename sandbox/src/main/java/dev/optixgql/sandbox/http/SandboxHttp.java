package dev.optixgql.sandbox.http;

import com.sun.net.httpserver.HttpServer;
import dev.optixgql.sandbox.engine.SandboxEngine;
import java.util.Map;
import java.util.Set;

/**
 * The sandbox's HTTP layer on one {@link HttpServer}: the GraphQL endpoint at {@link #PATH} and the
 * console at {@code /}, both behind the {@link SameOriginGuard}. The only type of this package
 * {@code OptixSandbox} sees.
 */
public final class SandboxHttp {
  /** Where the GraphQL endpoint listens. */
  public static final String PATH = GraphQlHttpHandler.PATH;

  /** The console's GraphiQL page. */
  public static final String PLAYGROUND = ConsoleHandler.PLAYGROUND;

  /** The console's schema map. */
  public static final String VOYAGER = ConsoleHandler.VOYAGER;

  /** Told each operation the endpoint runs, before it runs. */
  @FunctionalInterface
  public interface Received {
    /**
     * @param operationName as sent, or {@code null}
     * @param query the document sent
     * @param variables as read from the request's JSON
     * @param personal whether the personal token sent it
     */
    void operation(
        String operationName, String query, Map<String, Object> variables, boolean personal);
  }

  private final GraphQlHttpHandler handler;
  private final boolean consoleMutations;
  private SameOriginGuard guard;

  /**
   * @param engine runs the operations
   * @param tokens the tokens the sandbox accepts
   * @param rateLimitPerMinute requests per token per minute; 0 enforces none
   * @param consoleMutations whether the console's pages may run mutations
   * @param received told each operation the endpoint runs
   */
  public SandboxHttp(
      SandboxEngine engine,
      Set<String> tokens,
      int rateLimitPerMinute,
      boolean consoleMutations,
      Received received) {
    this.handler =
        new GraphQlHttpHandler(
            engine,
            new TokenAuthenticator(tokens),
            new RateLimiter(rateLimitPerMinute, System::nanoTime),
            consoleMutations,
            received);
    this.consoleMutations = consoleMutations;
  }

  /** Adds the endpoint's and the console's contexts to {@code server}, bound to its port. */
  public void mount(HttpServer server) {
    guard = new SameOriginGuard(server.getAddress().getPort());
    server.createContext(PATH, handler).getFilters().add(guard);
    ConsoleAssets assets = new ConsoleAssets();
    server
        .createContext(
            "/", new ConsoleHandler(handler, new ConsolePages(assets, consoleMutations), assets))
        .getFilters()
        .add(guard);
  }

  /** Requests that reached the endpoint's handler. */
  public int requestCount() {
    return handler.requestCount();
  }

  /** Requests the guard refused before any handler saw them. */
  public int refusedCount() {
    return guard == null ? 0 : guard.refusedCount();
  }

  /** Whether the console's pages may run mutations. */
  public boolean consoleMutations() {
    return handler.consoleMutations();
  }
}
