package dev.optixgql.sandbox;

import dev.optixgql.sandbox.json.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real Chromium, headless, driven over the Chrome DevTools Protocol with the JDK's WebSocket:
 * navigate, click and type through the browser's own input pipeline, read the page, take
 * screenshots, and record every request the page makes and every error it reports.
 */
final class HeadlessChromium implements AutoCloseable {
  private static final Duration START = Duration.ofSeconds(30);
  private static final Duration COMMAND = Duration.ofSeconds(30);

  private final Process process;
  private final Path profile;
  private final int port;
  private final HttpClient http = HttpClient.newHttpClient();

  private HeadlessChromium(Process process, Path profile, int port) {
    this.process = process;
    this.profile = profile;
    this.port = port;
  }

  /**
   * The browser to drive: {@code $OPTIXGQL_CHROMIUM}, else Debian's {@code chromium} or another
   * Chromium or Chrome on the usual paths.
   */
  static Optional<Path> find() {
    String chosen = System.getenv("OPTIXGQL_CHROMIUM");
    Stream<String> candidates =
        chosen != null && !chosen.isBlank()
            ? Stream.of(chosen)
            : Stream.of(
                "/usr/bin/chromium",
                "/usr/bin/chromium-browser",
                "/usr/bin/google-chrome",
                "/usr/bin/google-chrome-stable");
    return candidates.map(Path::of).filter(Files::isExecutable).findFirst();
  }

  /**
   * Starts the browser with a new empty profile and its DevTools port on loopback, with more
   * command-line switches if given.
   */
  static HeadlessChromium launch(Path executable, String... switches)
      throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("optixgql-chromium");
    List<String> command = new ArrayList<>();
    command.addAll(
        List.of(
            executable.toString(),
            "--headless",
            "--no-sandbox", // CI and this machine run as root
            "--disable-gpu",
            "--disable-dev-shm-usage",
            // Without these, Chromium calls home at start, which a closed network refuses.
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
            "--no-first-run",
            "--no-default-browser-check",
            "--hide-scrollbars",
            "--mute-audio",
            "--window-size=1400,900",
            "--remote-debugging-address=127.0.0.1",
            "--remote-debugging-port=0",
            "--user-data-dir=" + profile));
    command.addAll(List.of(switches));
    command.add("about:blank");
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(profile.resolveSibling(profile.getFileName() + ".log").toFile())
            .start();
    Path activePort = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + START.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException(
            "Chromium exited with " + process.exitValue() + " before opening its DevTools port");
      }
      if (Files.isRegularFile(activePort)) {
        List<String> lines = Files.readAllLines(activePort);
        if (!lines.isEmpty() && !lines.get(0).isBlank()) {
          return new HeadlessChromium(process, profile, Integer.parseInt(lines.get(0).trim()));
        }
      }
      Thread.sleep(50);
    }
    process.destroyForcibly();
    throw new IOException("Chromium did not open its DevTools port within " + START);
  }

  /** Opens a new tab and attaches to it. */
  Tab open() throws IOException, InterruptedException {
    HttpResponse<String> created =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/new?about:blank"))
                .PUT(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (created.statusCode() != 200) {
      throw new IOException("DevTools refused a new tab: " + created.body());
    }
    Map<String, Object> target = SandboxClient.map(SandboxClient.parse(created.body()));
    Tab tab = new Tab(this, (String) target.get("id"));
    tab.socket =
        http.newWebSocketBuilder()
            .buildAsync(URI.create((String) target.get("webSocketDebuggerUrl")), tab)
            .join();
    tab.call("Page.enable", Map.of());
    tab.call("Runtime.enable", Map.of());
    tab.call("Network.enable", Map.of());
    tab.call("Log.enable", Map.of());
    tab.call(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 1400, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    return tab;
  }

  @Override
  public void close() throws IOException {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  private void closeTarget(String id) {
    try {
      http.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/close/" + id))
              .build(),
          HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      // The browser is going away anyway; close() ends it.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** One page, attached over its own WebSocket. */
  static final class Tab implements WebSocket.Listener, AutoCloseable {
    private final HeadlessChromium browser;
    private final String id;
    private WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<Map<String, Object>>> pending =
        new ConcurrentHashMap<>();
    private final StringBuilder partial = new StringBuilder();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

    private Tab(HeadlessChromium browser, String id) {
      this.browser = browser;
      this.id = id;
    }

    /** Detaches and closes the page. */
    @Override
    public void close() {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
      browser.closeTarget(id);
    }

    /** Every URL the page requested since it was opened, in order. */
    List<String> requests() {
      return List.copyOf(requests);
    }

    /** Script exceptions, console errors and browser-reported errors (CSP refusals among them). */
    List<String> problems() {
      return List.copyOf(problems);
    }

    /** Navigates and waits for the page's load event. */
    void navigate(URI uri) {
      loaded = new CompletableFuture<>();
      call("Page.navigate", Map.of("url", uri.toString()));
      try {
        loaded.get(COMMAND.toSeconds(), TimeUnit.SECONDS);
      } catch (ExecutionException | TimeoutException e) {
        throw new IllegalStateException("No load event for " + uri, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    /** Evaluates a JavaScript expression (awaiting a promise) and returns its JSON value. */
    Object eval(String expression) {
      Map<String, Object> result =
          call(
              "Runtime.evaluate",
              Map.of(
                  "expression", expression,
                  "awaitPromise", true,
                  "returnByValue", true,
                  "userGesture", true));
      if (result.get("exceptionDetails") != null) {
        throw new IllegalStateException(
            "The page threw on " + expression + ": " + result.get("exceptionDetails"));
      }
      return SandboxClient.map(result.get("result")).get("value");
    }

    /** Waits until a JavaScript condition holds, failing with {@code what} after the timeout. */
    void waitFor(String condition, Duration timeout, String what) {
      waitFor(condition, timeout, what, "null");
    }

    /**
     * As {@link #waitFor(String, Duration, String)}, the failure also showing the value of {@code
     * evidence} (an expression) at that moment.
     */
    void waitFor(String condition, Duration timeout, String what, String evidence) {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (true) {
        if (Boolean.TRUE.equals(evalWhileNavigating("Boolean(" + condition + ")"))) {
          return;
        }
        if (System.nanoTime() > deadline) {
          throw new AssertionError(
              "Waited "
                  + timeout.toSeconds()
                  + " s for "
                  + what
                  + "; page problems: "
                  + problems
                  + "; the page showed: "
                  + eval(evidence));
        }
        sleep(100);
      }
    }

    /**
     * {@link #eval}, or {@code null} while the tab is between two documents (a form just posted, a
     * link followed): Chromium then refuses to evaluate ("Inspected target navigated or closed",
     * "Cannot find context"), and a wait polls again.
     */
    private Object evalWhileNavigating(String expression) {
      try {
        return eval(expression);
      } catch (IllegalStateException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("navigated or closed") || message.contains("Cannot find context")) {
          return null;
        }
        throw e;
      }
    }

    /** The text the user sees in the first element matching a CSS selector, or null. */
    String text(String selector) {
      return (String) eval("document.querySelector(" + quote(selector) + ")?.innerText ?? null");
    }

    /** Clicks the middle of the first element matching a CSS selector, as a mouse would. */
    void click(String selector) {
      Object box =
          eval(
              "(() => { const e = document.querySelector("
                  + quote(selector)
                  + "); if (!e) return null; e.scrollIntoView({block: 'center'});"
                  + " const r = e.getBoundingClientRect();"
                  + " return [r.left + r.width / 2, r.top + r.height / 2]; })()");
      if (!(box instanceof List<?> point)) {
        throw new AssertionError("Nothing to click at " + selector);
      }
      for (String type : List.of("mousePressed", "mouseReleased")) {
        call(
            "Input.dispatchMouseEvent",
            Map.of(
                "type",
                type,
                "x",
                point.get(0),
                "y",
                point.get(1),
                "button",
                "left",
                "clickCount",
                1));
      }
    }

    /** Types text where the focus is, as an input method commits it. */
    void type(String text) {
      call("Input.insertText", Map.of("text", text));
    }

    /** Ctrl+A: selects everything in the focused editor. */
    void selectAll() {
      for (String type : List.of("rawKeyDown", "keyUp")) {
        call(
            "Input.dispatchKeyEvent",
            Map.of(
                "type",
                type,
                "modifiers",
                2,
                "key",
                "a",
                "code",
                "KeyA",
                "windowsVirtualKeyCode",
                65,
                "commands",
                List.of("selectAll")));
      }
    }

    /** Saves a PNG of the viewport. */
    void screenshot(Path file) {
      Map<String, Object> shot = call("Page.captureScreenshot", Map.of("format", "png"));
      try {
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    Map<String, Object> call(String method, Map<String, Object> params) {
      int id = ids.incrementAndGet();
      CompletableFuture<Map<String, Object>> answer = new CompletableFuture<>();
      pending.put(id, answer);
      Map<String, Object> message = new LinkedHashMap<>();
      message.put("id", id);
      message.put("method", method);
      message.put("params", params);
      synchronized (this) {
        socket.sendText(new String(JsonWriter.write(message), StandardCharsets.UTF_8), true).join();
      }
      try {
        return answer.get(COMMAND.toSeconds(), TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        throw new IllegalStateException(method + " failed: " + e.getCause().getMessage(), e);
      } catch (TimeoutException e) {
        throw new IllegalStateException(method + " had no answer within " + COMMAND, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } finally {
        pending.remove(id);
      }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        dispatch(SandboxClient.map(SandboxClient.parse(text)));
      }
      webSocket.request(1);
      return null;
    }

    private void dispatch(Map<String, Object> message) {
      Object id = message.get("id");
      if (id != null) {
        CompletableFuture<Map<String, Object>> answer = pending.get(((Number) id).intValue());
        if (answer != null) {
          if (message.get("error") != null) {
            answer.completeExceptionally(new IllegalStateException(String.valueOf(message)));
          } else {
            answer.complete(SandboxClient.map(message.get("result")));
          }
        }
        return;
      }
      Map<String, Object> params = SandboxClient.map(message.getOrDefault("params", Map.of()));
      switch (String.valueOf(message.get("method"))) {
        case "Page.loadEventFired" -> loaded.complete(null);
        case "Network.requestWillBeSent" ->
            requests.add((String) SandboxClient.map(params.get("request")).get("url"));
        case "Runtime.exceptionThrown" ->
            problems.add("exception: " + params.get("exceptionDetails"));
        case "Runtime.consoleAPICalled" -> {
          if ("error".equals(params.get("type"))) {
            problems.add("console.error: " + params.get("args"));
          }
        }
        case "Log.entryAdded" -> {
          Map<String, Object> entry = SandboxClient.map(params.get("entry"));
          if ("error".equals(entry.get("level"))) {
            problems.add(entry.get("source") + ": " + entry.get("text") + " " + entry.get("url"));
          }
        }
        default -> {}
      }
    }

    private static String quote(String text) {
      return new String(JsonWriter.write(text), StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
