package dev.optixgql.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A fake GraphQL server on 127.0.0.1 for runtime tests: answers each request with the next scripted
 * reply (HTTP 500 when none is left) and records what it received.
 */
final class ScriptedServer implements AutoCloseable {
  /** A request as the server saw it; header names are lower case. */
  record Received(String method, String path, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private record Reply(int status, String contentType, String body, Duration delay) {}

  private final Queue<Reply> replies = new ConcurrentLinkedQueue<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final ExecutorService executor = Executors.newCachedThreadPool(ScriptedServer::daemon);
  private final HttpServer server;

  private ScriptedServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  static ScriptedServer start() {
    try {
      return new ScriptedServer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Queues a JSON reply. */
  ScriptedServer replyJson(int status, String json) {
    replies.add(new Reply(status, "application/json", json, Duration.ZERO));
    return this;
  }

  /** Queues a plain-text reply. */
  ScriptedServer replyText(int status, String text) {
    replies.add(new Reply(status, "text/plain", text, Duration.ZERO));
    return this;
  }

  /** Queues a JSON reply sent only after {@code delay}. */
  ScriptedServer replyJsonAfter(Duration delay, String json) {
    replies.add(new Reply(200, "application/json", json, delay));
    return this;
  }

  /** The GraphQL endpoint, {@code http://127.0.0.1:PORT/graphql}. */
  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/graphql");
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  int requestCount() {
    return received.size();
  }

  @Override
  public void close() {
    executor.shutdownNow();
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Map<String, String> headers = new TreeMap<>();
      exchange
          .getRequestHeaders()
          .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      received.add(
          new Received(
              exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body));
      Reply reply = replies.poll();
      if (reply == null) {
        reply = new Reply(500, "text/plain", "no scripted reply left", Duration.ZERO);
      }
      if (!reply.delay().isZero()) {
        try {
          Thread.sleep(reply.delay().toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", reply.contentType());
      exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private static Thread daemon(Runnable runnable) {
    Thread thread = new Thread(runnable, "scripted-server");
    thread.setDaemon(true);
    return thread;
  }
}
