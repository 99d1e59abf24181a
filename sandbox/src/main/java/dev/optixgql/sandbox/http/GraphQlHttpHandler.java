package dev.optixgql.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.optixgql.sandbox.engine.GraphQlRequest;
import dev.optixgql.sandbox.engine.SandboxEngine;
import dev.optixgql.sandbox.engine.TokenKind;
import dev.optixgql.sandbox.json.JsonWriter;
import dev.optixgql.sandbox.json.MalformedRequestException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Answers HTTP as Optix does: POST /graphql with a JSON or form body; token check (401), per-token
 * throttling (429), then one operation or a batch, with syntax and validation errors in HTTP 200.
 */
final class GraphQlHttpHandler implements HttpHandler {
  static final String PATH = "/graphql";

  /** The message Optix (Laravel) gives without a valid token. */
  static final String UNAUTHENTICATED = "Unauthenticated.";

  /** The message Laravel's throttle gives over the limit. */
  static final String TOO_MANY = "Too Many Attempts.";

  /** Requests without a valid token share one counting bucket; they are never throttled. */
  private static final String ANONYMOUS = "";

  private final SandboxEngine engine;
  private final TokenAuthenticator authenticator;
  private final RateLimiter rateLimiter;
  private final boolean consoleMutations;
  private final AtomicInteger requestCount = new AtomicInteger();

  /**
   * @param consoleMutations whether mutations sent from the console's pages run (see {@link
   *     ReadOnlyConsole})
   */
  GraphQlHttpHandler(
      SandboxEngine engine,
      TokenAuthenticator authenticator,
      RateLimiter rateLimiter,
      boolean consoleMutations,
      SandboxHttp.Received received) {
    this.received = received;
    this.engine = engine;
    this.authenticator = authenticator;
    this.rateLimiter = rateLimiter;
    this.consoleMutations = consoleMutations;
  }

  int requestCount() {
    return requestCount.get();
  }

  boolean consoleMutations() {
    return consoleMutations;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    requestCount.incrementAndGet();
    try {
      HttpAnswer answer;
      try {
        answer = answer(exchange);
      } catch (RuntimeException e) {
        answer = HttpAnswer.error(500, "The sandbox failed to answer: " + e.getClass().getName());
      }
      send(exchange, answer);
    } finally {
      exchange.close();
    }
  }

  private HttpAnswer answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    boolean onPath = PATH.equals(path) || (PATH + "/").equals(path);
    boolean post = "POST".equalsIgnoreCase(exchange.getRequestMethod());
    byte[] body = exchange.getRequestBody().readAllBytes();
    ParsedBody parsed = null;
    String malformed = null;
    if (onPath && post) {
      try {
        parsed =
            RequestBodyParser.parse(body, exchange.getRequestHeaders().getFirst("Content-Type"));
      } catch (MalformedRequestException e) {
        malformed = e.getMessage();
      }
    }
    String token =
        TokenAuthenticator.find(
            exchange.getRequestHeaders().getFirst("Authorization"),
            exchange.getRequestURI().getRawQuery(),
            parsed == null ? null : parsed.accessToken());
    TokenKind kind = authenticator.kindOf(token);
    RateLimiter.Decision decision =
        rateLimiter.acquire(kind == null ? ANONYMOUS : token, kind != null);
    HttpAnswer answer;
    if (!onPath) {
      answer = HttpAnswer.error(404, "Not found: the GraphQL endpoint is POST " + PATH + ".");
    } else if (!post) {
      answer = HttpAnswer.error(405, "Method not allowed: use POST.").withHeader("Allow", "POST");
    } else if (malformed != null) {
      answer = HttpAnswer.error(400, malformed);
    } else if (kind == null) {
      answer = HttpAnswer.error(401, UNAUTHENTICATED);
    } else if (!decision.allowed()) {
      answer =
          HttpAnswer.error(429, TOO_MANY)
              .withHeader("Retry-After", String.valueOf(decision.retryAfterSeconds()));
    } else {
      boolean readOnly =
          !consoleMutations && exchange.getRequestHeaders().containsKey(ReadOnlyConsole.HEADER);
      answer = HttpAnswer.json(execute(kind, parsed, readOnly));
    }
    return answer
        .withHeader("X-RateLimit-Limit", String.valueOf(decision.limit()))
        .withHeader("X-RateLimit-Remaining", String.valueOf(decision.remaining()));
  }

  private final SandboxHttp.Received received;

  private Object execute(TokenKind kind, ParsedBody parsed, boolean readOnly) {
    List<Map<String, Object>> results = new ArrayList<>();
    for (GraphQlRequest request : parsed.requests()) {
      received.operation(
          request.operationName(),
          request.query(),
          request.variables(),
          kind == TokenKind.PERSONAL);
      results.add(
          readOnly && ReadOnlyConsole.isMutation(request)
              ? ReadOnlyConsole.refusal()
              : engine.execute(kind, request));
    }
    return parsed.batch() ? results : results.get(0);
  }

  static void send(HttpExchange exchange, HttpAnswer answer) throws IOException {
    byte[] bytes = JsonWriter.write(answer.body());
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    exchange.sendResponseHeaders(answer.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
