package dev.optixgql.sandbox.http;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in front of every handler so that no web page can drive the sandbox. Binding to loopback
 * keeps other machines out, not the browser on this one: any page may {@code POST} a "simple"
 * request (a {@code text/plain} body, the token in the query string, no preflight) to {@code
 * 127.0.0.1}, and a page whose name is rebound to {@code 127.0.0.1} (DNS rebinding) may read the
 * answers. So a request is answered only when its {@code Host} is the sandbox's own loopback
 * address and port, and its {@code Origin}, when it has one, is the sandbox's own. Browsers send
 * {@code Origin} on every cross-origin request and on every {@code POST}; clients that are not
 * browsers send none, and the console's pages are same-origin, so both keep working. Refusals are
 * 403 with a message saying which rule the request broke. One guard filters every context.
 */
final class SameOriginGuard extends Filter {
  /** The longest header value a refusal repeats; the rest is cut. */
  private static final int MAX_ECHOED = 100;

  private final int port;
  private final Set<String> hosts;
  private final Set<String> origins;

  private final AtomicInteger refused = new AtomicInteger();

  SameOriginGuard(int port) {
    this.port = port;
    List<String> names = List.of("127.0.0.1:" + port, "localhost:" + port);
    this.hosts = Set.copyOf(names);
    this.origins = Set.of("http://" + names.get(0), "http://" + names.get(1));
  }

  @Override
  public String description() {
    return "refuses requests of web pages of other origins and under foreign Host names";
  }

  /** The requests refused so far. */
  int refusedCount() {
    return refused.get();
  }

  @Override
  public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
    String refusal = refusal(exchange);
    if (refusal == null) {
      chain.doFilter(exchange);
      return;
    }
    refused.incrementAndGet();
    try (exchange) {
      exchange.getRequestBody().readAllBytes();
      GraphQlHttpHandler.send(exchange, HttpAnswer.error(403, refusal));
    }
  }

  /** Why the request is refused, or {@code null} when it may be answered. */
  String refusal(HttpExchange exchange) {
    List<String> host = exchange.getRequestHeaders().get("Host");
    if (host == null || host.size() != 1 || !hosts.contains(lower(host.get(0)))) {
      return "Forbidden: the sandbox answers only requests addressed to it by its loopback"
          + " address, Host 127.0.0.1:"
          + port
          + " or localhost:"
          + port
          + " (this request's Host: "
          + shown(host)
          + "). A web page whose name resolves to 127.0.0.1 must not read it.";
    }
    List<String> origin = exchange.getRequestHeaders().get("Origin");
    if (origin != null && (origin.size() != 1 || !origins.contains(lower(origin.get(0))))) {
      return "Forbidden: requests from web pages of another origin are refused (Origin: "
          + shown(origin)
          + "). Use the sandbox's own console at http://127.0.0.1:"
          + port
          + "/, or send requests from a client that is not a browser.";
    }
    return null;
  }

  private static String lower(String value) {
    return value.trim().toLowerCase(Locale.ROOT);
  }

  /** A header's values as a refusal shows them: printable ASCII only, cut to a short length. */
  private static String shown(List<String> values) {
    if (values == null || values.isEmpty()) {
      return "none";
    }
    StringBuilder out = new StringBuilder("'");
    String joined = String.join("', '", values);
    for (int i = 0; i < joined.length() && i < MAX_ECHOED; i++) {
      char c = joined.charAt(i);
      out.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    return out.append(joined.length() > MAX_ECHOED ? "…'" : "'").toString();
  }
}
