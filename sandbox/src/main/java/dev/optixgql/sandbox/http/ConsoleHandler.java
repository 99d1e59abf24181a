package dev.optixgql.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Serves the console: {@code /} (links), {@code /playground} (GraphiQL) and {@code /voyager} (the
 * schema as a map), each for the organization token or, with {@code ?kind=personal}, the personal
 * one; and their scripts and styles under {@code /console/}. Every other path goes to the GraphQL
 * handler, which answers it as before (404). A Content-Security-Policy of {@code 'self'} keeps the
 * pages from loading anything from elsewhere.
 */
final class ConsoleHandler implements HttpHandler {
  static final String PLAYGROUND = "/playground";
  static final String VOYAGER = "/voyager";

  /**
   * Everything from the sandbox itself; inline styles for React's and Cytoscape's style attributes,
   * data: images and fonts for GraphiQL's inlined icons and fonts.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; font-src 'self' data:; connect-src 'self';"
          + " frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  private final HttpHandler fallback;
  private final ConsolePages pages;
  private final ConsoleAssets assets;

  ConsoleHandler(HttpHandler fallback, ConsolePages pages, ConsoleAssets assets) {
    this.fallback = fallback;
    this.pages = pages;
    this.assets = assets;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    Optional<ConsoleAssets.Asset> asset = assets.find(path);
    boolean page = path.equals("/") || path.equals(PLAYGROUND) || path.equals(VOYAGER);
    if (!page && asset.isEmpty()) {
      fallback.handle(exchange);
      return;
    }
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        send(exchange, 405, "text/plain; charset=utf-8", bytes("Method not allowed: use GET."));
      } else if (asset.isPresent()) {
        exchange
            .getResponseHeaders()
            .set(
                "Cache-Control",
                asset.get().immutable() ? "public, max-age=31536000, immutable" : "no-cache");
        send(exchange, 200, asset.get().contentType(), assets.read(asset.get()));
      } else {
        ConsolePages.Page rendered = pages.render(path, exchange.getRequestURI().getRawQuery());
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, rendered.status(), ConsoleAssets.contentType(".html"), rendered.html());
      }
    }
  }

  private static void send(HttpExchange exchange, int status, String contentType, byte[] body)
      throws IOException {
    Map.of(
            "Content-Type",
            contentType,
            "Content-Security-Policy",
            CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options",
            "nosniff",
            "Referrer-Policy",
            "no-referrer")
        .forEach(exchange.getResponseHeaders()::set);
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
