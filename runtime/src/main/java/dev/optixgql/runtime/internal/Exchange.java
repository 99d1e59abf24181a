package dev.optixgql.runtime.internal;

import dev.optixgql.runtime.ResponseTooLargeException;
import dev.optixgql.runtime.TokenPlacement;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

/**
 * One HTTP exchange: builds the POST with the token where the client puts it, sends it, and reads
 * the body up to the size limit. Never puts the token in anything it throws.
 */
final class Exchange {

  private final HttpClient http;
  private final URI endpoint;
  private final TokenPlacement placement;
  private final Duration requestTimeout;
  private final long maxResponseBytes;
  private final BodyWatch watch;

  public Exchange(
      HttpClient http,
      URI endpoint,
      TokenPlacement placement,
      Duration requestTimeout,
      long maxResponseBytes,
      ScheduledExecutorService timer) {
    this.watch = new BodyWatch(timer);
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
    HttpRequest request = request(body, token, timeout);
    Thread caller = Thread.currentThread();
    Collector answer =
        new Collector(what, System.nanoTime() + timeout.toNanos(), caller::interrupt);
    HttpResponse<Void> done;
    try {
      done = http.send(request, answer::subscriber);
    } catch (InterruptedException e) {
      if (answer.finish()) {
        Thread.interrupted(); // our own interrupt, sent when the body's time ran out
        throw new HttpTimeoutException("request timed out");
      }
      throw e;
    } catch (IOException e) {
      if (answer.finish()) {
        Thread.interrupted();
        throw new HttpTimeoutException("request timed out");
      }
      // The JDK wraps what the body's reader failed with (a response too large) in an IOException.
      if (e.getCause() != null && unwrapped(e.getCause()) instanceof RuntimeException refused) {
        throw refused;
      }
      throw e;
    }
    if (answer.finish()) {
      Thread.interrupted(); // timed out as the last bytes came: the answer is whole, keep it
    }
    return new Raw(done.statusCode(), done.headers(), answer.bytes());
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
    HttpRequest request;
    try {
      request = request(body, token, timeout);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    Pending raw = new Pending();
    Collector collector = new Collector(what, System.nanoTime() + timeout.toNanos(), raw::abort);
    CompletableFuture<HttpResponse<Void>> response = http.sendAsync(request, collector::subscriber);
    raw.exchange = response;
    response.whenComplete(
        (done, failure) -> {
          if (collector.finish()) {
            raw.completeExceptionally(new HttpTimeoutException("request timed out"));
          } else if (failure != null) {
            raw.completeExceptionally(unwrapped(failure));
          } else {
            raw.complete(new Raw(done.statusCode(), done.headers(), collector.bytes()));
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
      abort();
      return cancelled;
    }

    /** Aborts the exchange (its body's time ran out, or the call was cancelled). */
    void abort() {
      CompletableFuture<?> sent = exchange;
      if (sent != null) {
        sent.cancel(true);
      }
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
   * Collects one response's body, refusing it as soon as it (or its declared length) passes the
   * limit. It reads through the JDK's own byte-array consumer, which the JDK runs where the bytes
   * arrive; a subscriber of ours would be handed to the HTTP client's executor first, a thread
   * hand-over per response (about a tenth of a loopback call). The request's own timeout stops at
   * the response headers; the {@link BodyWatch} bounds the body too, by {@code onExpiry}: the
   * synchronous path interrupts its thread (which the JDK answers by aborting the exchange), the
   * asynchronous one cancels the exchange.
   */
  private final class Collector implements Consumer<Optional<byte[]>>, BodyWatch.Watched {
    private final String what;
    private final long deadline;
    private final Runnable onExpiry;
    private byte[] bytes = EMPTY;
    private int count;
    private boolean watched;
    private boolean over;
    private boolean expired;

    Collector(String what, long deadline, Runnable onExpiry) {
      this.what = what;
      this.deadline = deadline;
      this.onExpiry = onExpiry;
    }

    /** The body's reader, once the headers are in. */
    HttpResponse.BodySubscriber<Void> subscriber(HttpResponse.ResponseInfo info) {
      long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
      if (declared > maxResponseBytes) {
        return new Refusal(new ResponseTooLargeException(what, maxResponseBytes));
      }
      // Sized by the declared length where there is one, so the body is read without a copy.
      bytes = new byte[declared >= 0 ? (int) declared : 1024];
      synchronized (this) {
        watched = true;
      }
      watch.watch(this);
      return HttpResponse.BodySubscribers.ofByteArrayConsumer(this);
    }

    @Override
    public void accept(Optional<byte[]> chunk) {
      if (chunk.isEmpty()) {
        return;
      }
      byte[] next = chunk.get();
      if (count + (long) next.length > maxResponseBytes) {
        throw new ResponseTooLargeException(what, maxResponseBytes); // the JDK aborts the exchange
      }
      if (count + next.length > bytes.length) {
        long grown = Math.max(count + (long) next.length, 2L * bytes.length);
        bytes = Arrays.copyOf(bytes, (int) Math.min(grown, maxResponseBytes));
      }
      System.arraycopy(next, 0, bytes, count, next.length);
      count += next.length;
    }

    byte[] bytes() {
      return count == bytes.length ? bytes : Arrays.copyOf(bytes, count);
    }

    @Override
    public long deadline() {
      return deadline;
    }

    @Override
    public synchronized void expire() {
      if (!over) {
        expired = true;
        onExpiry.run(); // under the lock: finish() sees the interrupt it must clear
      }
    }

    /** Ends the watch; returns whether the body's time ran out (and {@code onExpiry} ran). */
    boolean finish() {
      boolean wasWatched;
      synchronized (this) {
        over = true;
        wasWatched = watched;
      }
      if (wasWatched) {
        watch.unwatch(this);
      }
      synchronized (this) {
        return expired;
      }
    }
  }

  private static final byte[] EMPTY = new byte[0];

  /** Refuses a body at once (its declared length is over the limit): nothing of it is read. */
  private static final class Refusal implements HttpResponse.BodySubscriber<Void> {
    private final CompletableFuture<Void> result = new CompletableFuture<>();
    private final RuntimeException reason;

    Refusal(RuntimeException reason) {
      this.reason = reason;
    }

    @Override
    public CompletionStage<Void> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      subscription.cancel();
      result.completeExceptionally(reason);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {}

    @Override
    public void onError(Throwable error) {
      result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
      result.completeExceptionally(reason);
    }
  }
}
