package dev.optixgql.runtime.internal;

import dev.optixgql.runtime.ResponseTooLargeException;
import dev.optixgql.runtime.TokenPlacement;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One HTTP exchange: builds the POST with the token where the client puts it, sends it, and reads
 * the body up to the size limit. Never puts the token in anything it throws.
 */
public final class Exchange {
  private final HttpClient http;
  private final URI endpoint;
  private final TokenPlacement placement;
  private final Duration requestTimeout;
  private final long maxResponseBytes;
  private final ScheduledExecutorService timer;

  public Exchange(
      HttpClient http,
      URI endpoint,
      TokenPlacement placement,
      Duration requestTimeout,
      long maxResponseBytes,
      ScheduledExecutorService timer) {
    this.timer = timer;
    this.http = http;
    this.endpoint = endpoint;
    this.placement = placement;
    this.requestTimeout = requestTimeout;
    this.maxResponseBytes = maxResponseBytes;
  }

  /** The endpoint, without any token: safe to print. */
  public URI endpoint() {
    return endpoint;
  }

  public Duration requestTimeout() {
    return requestTimeout;
  }

  /** A response as received: status, headers and the whole body. */
  public record Raw(int status, HttpHeaders headers, byte[] body) {}

  /** What to send: a JSON body (written with or without the token) or a form body. */
  public interface Body {
    byte[] json(String tokenOrNull);

    byte[] form(String tokenOrNull);
  }

  /**
   * Sends one request on this thread and reads its answer within {@code timeout} (the request
   * timeout, or less when the call's deadline is nearer).
   */
  public Raw send(Body body, String token, String what, Duration timeout)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      HttpResponse<byte[]> done =
          http.send(request(body, token, timeout), info -> new LimitedBody(info, what, deadline));
      return new Raw(done.statusCode(), done.headers(), done.body());
    } catch (IOException e) {
      // The JDK wraps what the body's reader failed with (a response too large) in an IOException.
      if (e.getCause() != null && unwrapped(e.getCause()) instanceof RuntimeException refused) {
        throw refused;
      }
      throw e;
    }
  }

  /**
   * As {@link #send}, without a thread waiting: the future completes with the response or fails
   * with what {@link #send} throws. Cancelling it aborts the exchange.
   *
   * <p>The JDK completes {@code sendAsync}'s future after a hop to its default async pool: the
   * common pool, or where that pool has a single thread (two cores or fewer) a short-lived thread
   * per response, which runs nothing of ours but the hand-over to the client's executor.
   * (Completing from the body's reader instead would skip that hop, but the JDK is not done with
   * the connection then: a call sent at once on the same connection fails.)
   */
  public CompletableFuture<Raw> sendAsync(Body body, String token, String what, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    HttpRequest request;
    try {
      request = request(body, token, timeout);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    Pending raw = new Pending();
    CompletableFuture<HttpResponse<byte[]>> response =
        http.sendAsync(request, info -> new LimitedBody(info, what, deadline));
    raw.exchange = response;
    response.whenComplete(
        (done, failure) -> {
          if (failure != null) {
            raw.completeExceptionally(unwrapped(failure));
          } else {
            raw.complete(new Raw(done.statusCode(), done.headers(), done.body()));
          }
        });
    if (raw.isCancelled()) {
      response.cancel(true);
    }
    return raw;
  }

  /** A response on its way; cancelling it aborts the exchange. */
  private static final class Pending extends CompletableFuture<Raw> {
    private volatile CompletableFuture<?> exchange;

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      CompletableFuture<?> sent = exchange;
      if (sent != null) {
        sent.cancel(true);
      }
      return cancelled;
    }
  }

  /** What a failed future says, without the JDK's {@code CompletionException} layers. */
  static Throwable unwrapped(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  private HttpRequest request(Body body, String token, Duration timeout) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(token)).timeout(timeout).header("Accept", "application/json");
    byte[] bytes;
    switch (placement) {
      case AUTHORIZATION_HEADER:
        request.header("Authorization", "Bearer " + token);
        bytes = body.json(null);
        request.header("Content-Type", "application/json");
        break;
      case JSON_BODY:
        bytes = body.json(token);
        request.header("Content-Type", "application/json");
        break;
      case FORM_BODY:
        bytes = body.form(token);
        request.header("Content-Type", "application/x-www-form-urlencoded");
        break;
      default: // QUERY_PARAMETER
        bytes = body.json(null);
        request.header("Content-Type", "application/json");
    }
    return request.POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
  }

  private URI uri(String token) {
    if (placement != TokenPlacement.QUERY_PARAMETER) {
      return endpoint;
    }
    String separator = endpoint.getRawQuery() == null ? "?" : "&";
    return URI.create(endpoint + separator + "access_token=" + RequestWriter.encode(token));
  }

  /**
   * Collects the body, refusing it as soon as it (or its declared length) passes the limit. The
   * request's own timeout stops at the response headers; the timer bounds the body too, so a server
   * that stalls mid-body cannot hold the call past its timeout.
   */
  private final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    private final String what;
    private final boolean declaredTooLarge;
    private final long deadline;
    private Flow.Subscription subscription;
    private ScheduledFuture<?> timeout;

    LimitedBody(HttpResponse.ResponseInfo info, String what, long deadline) {
      this.what = what;
      this.deadline = deadline;
      this.declaredTooLarge =
          info.headers().firstValueAsLong("Content-Length").orElse(-1) > maxResponseBytes;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      if (declaredTooLarge) {
        fail(new ResponseTooLargeException(what, maxResponseBytes));
        return;
      }
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        fail(new HttpTimeoutException("request timed out"));
        return;
      }
      timeout =
          timer.schedule(
              () -> fail(new HttpTimeoutException("request timed out")),
              remaining,
              TimeUnit.NANOSECONDS);
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer buffer : buffers) {
        if (out.size() + (long) buffer.remaining() > maxResponseBytes) {
          fail(new ResponseTooLargeException(what, maxResponseBytes));
          return;
        }
        if (buffer.hasArray()) {
          out.write(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.remaining());
        } else {
          byte[] bytes = new byte[buffer.remaining()];
          buffer.get(bytes);
          out.write(bytes, 0, bytes.length);
        }
      }
    }

    @Override
    public void onError(Throwable error) {
      stopTimer();
      result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
      stopTimer();
      result.complete(out.toByteArray());
    }

    private void fail(Throwable failure) {
      stopTimer();
      if (result.completeExceptionally(failure)) {
        subscription.cancel();
      }
    }

    private void stopTimer() {
      ScheduledFuture<?> pending = timeout;
      if (pending != null) {
        pending.cancel(false);
      }
    }
  }
}
