package dev.optixgql.runtime;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A fake Optix endpoint on raw loopback sockets for fault tests: a handler picks each request's
 * reply, which may be a plain HTTP/1.1 response or a fault a real network produces (a reset, a
 * stalled body, no answer at all), and every request is recorded with its arrival time.
 */
final class FaultServer implements AutoCloseable {
  /** A request as received; header names are lower case. */
  record Request(
      String method, String target, Map<String, String> headers, String body, long arrivalNanos) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** The query string, or "" when there is none. */
    String query() {
      int question = target.indexOf('?');
      return question < 0 ? "" : target.substring(question + 1);
    }

    /** The body as JSON maps and lists. */
    Object json() {
      return JsonTree.parse(body);
    }
  }

  /** Besides a normal answer, what can go wrong on the wire. */
  enum Fault {
    /** Answer normally. */
    NONE,
    /** Reset the connection (TCP RST) without answering. */
    RESET,
    /** Send the body without a Content-Length, ending it by closing the connection. */
    UNSIZED,
    /** Send the headers and half the body, then reset the connection. */
    RESET_MID_BODY,
    /** Send the headers and half the body, then wait until the client goes away. */
    STALL_MID_BODY,
    /** Never answer; wait until the client goes away. */
    HOLD
  }

  /** A reply: status, extra headers and body, sent after {@code delay}, with a possible fault. */
  record Reply(int status, Map<String, String> headers, String body, Duration delay, Fault fault) {
    static Reply json(int status, String json) {
      return new Reply(status, Map.of(), json, Duration.ZERO, Fault.NONE);
    }

    static Reply fault(Fault fault) {
      return new Reply(200, Map.of(), "{\"data\":{}}", Duration.ZERO, fault);
    }

    Reply header(String name, String value) {
      Map<String, String> more = new LinkedHashMap<>(headers);
      more.put(name, value);
      return new Reply(status, more, body, delay, fault);
    }

    Reply after(Duration wait) {
      return new Reply(status, headers, body, wait, fault);
    }

    Reply with(Fault more) {
      return new Reply(status, headers, body, delay, more);
    }
  }

  private final ServerSocket socket;
  private final Function<Request, Reply> handler;
  private final List<Request> received = new CopyOnWriteArrayList<>();
  private final BlockingQueue<Request> abandoned = new LinkedBlockingQueue<>();
  private final Queue<Socket> open = new ConcurrentLinkedQueue<>();
  private final ExecutorService threads = Executors.newCachedThreadPool(FaultServer::daemon);

  private FaultServer(Function<Request, Reply> handler) throws IOException {
    this.handler = handler;
    socket = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
    threads.execute(this::accept);
  }

  /** A server that answers each request with what {@code handler} returns for it. */
  static FaultServer start(Function<Request, Reply> handler) {
    try {
      return new FaultServer(handler);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A server that answers with {@code replies} in order, then with HTTP 500. */
  static FaultServer script(Reply... replies) {
    Queue<Reply> queue = new ConcurrentLinkedQueue<>(List.of(replies));
    return start(
        request -> {
          Reply next = queue.poll();
          return next != null ? next : Reply.json(500, "{\"message\":\"no scripted reply left\"}");
        });
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/graphql");
  }

  List<Request> received() {
    return List.copyOf(received);
  }

  /** Waits for a client to abandon a held or stalled request; {@code null} when none did. */
  Request awaitAbandoned(Duration timeout) throws InterruptedException {
    return abandoned.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Closing is best effort.
    }
    open.forEach(FaultServer::closeQuietly);
    threads.shutdownNow();
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        open.add(connection);
        threads.execute(() -> serve(connection));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket connection) {
    try (connection) {
      InputStream in = new BufferedInputStream(connection.getInputStream());
      OutputStream out = connection.getOutputStream();
      for (Request request; (request = read(in)) != null; ) {
        received.add(request);
        Reply reply = handler.apply(request);
        if (!reply.delay().isZero()) {
          Thread.sleep(reply.delay().toMillis());
        }
        if (!answer(connection, in, out, request, reply)) {
          return;
        }
      }
    } catch (IOException | InterruptedException e) {
      // The client went away or the server is closing.
    }
  }

  /** Writes the reply or its fault; returns whether the connection stays usable. */
  private boolean answer(
      Socket connection, InputStream in, OutputStream out, Request request, Reply reply)
      throws IOException {
    if (reply.fault() == Fault.RESET) {
      reset(connection);
      return false;
    }
    if (reply.fault() == Fault.HOLD) {
      awaitClientGone(in, request);
      return false;
    }
    byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
    StringBuilder head = new StringBuilder("HTTP/1.1 " + reply.status() + " Fault\r\n");
    head.append("Content-Type: application/json\r\n");
    if (reply.fault() == Fault.UNSIZED) {
      head.append("Connection: close\r\n");
    } else {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    reply.headers().forEach((name, value) -> head.append(name + ": " + value + "\r\n"));
    out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
    boolean whole = reply.fault() == Fault.NONE || reply.fault() == Fault.UNSIZED;
    out.write(body, 0, whole ? body.length : body.length / 2);
    out.flush();
    if (reply.fault() == Fault.UNSIZED) {
      return false;
    }
    if (reply.fault() == Fault.RESET_MID_BODY) {
      reset(connection);
      return false;
    }
    if (reply.fault() == Fault.STALL_MID_BODY) {
      awaitClientGone(in, request);
      return false;
    }
    return true;
  }

  private void awaitClientGone(InputStream in, Request request) {
    try {
      while (in.read() != -1) {
        // Discard anything more the client sends; only its leaving matters.
      }
    } catch (IOException e) {
      // A reset is leaving too.
    }
    abandoned.add(request);
  }

  /** Reads one request, or returns {@code null} at the end of the connection. */
  private static Request read(InputStream in) throws IOException {
    String requestLine = line(in);
    if (requestLine == null || requestLine.isEmpty()) {
      return null;
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (String header; (header = line(in)) != null && !header.isEmpty(); ) {
      int colon = header.indexOf(':');
      headers.put(
          header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
          header.substring(colon + 1).trim());
    }
    long arrival = System.nanoTime();
    int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
    String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
    String[] parts = requestLine.split(" ");
    return new Request(parts[0], parts[1], headers, body, arrival);
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
    for (int b; (b = in.read()) != '\n'; ) {
      if (b == -1) {
        return bytes.size() == 0 ? null : bytes.toString(StandardCharsets.ISO_8859_1);
      }
      if (b != '\r') {
        bytes.write(b);
      }
    }
    return bytes.toString(StandardCharsets.ISO_8859_1);
  }

  private static void reset(Socket connection) throws IOException {
    connection.setSoLinger(true, 0);
    connection.close();
  }

  private static void closeQuietly(Socket connection) {
    try {
      connection.close();
    } catch (IOException ignored) {
      // Best effort.
    }
  }

  private static Thread daemon(Runnable runnable) {
    Thread thread = new Thread(runnable, "fault-server");
    thread.setDaemon(true);
    return thread;
  }
}
