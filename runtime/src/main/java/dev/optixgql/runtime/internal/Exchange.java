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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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

  public Exchange(
      HttpClient http,
      URI endpoint,
      TokenPlacement placement,
      Duration requestTimeout,
      long maxResponseBytes) {
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
   * Sends one request and reads its answer within {@code timeout} (the request timeout, or less
   * when the call's deadline is nearer).
   */
  public Raw send(Body body, String token, String what, Duration timeout)
      throws IOException, InterruptedException {
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
    HttpRequest built = request.POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
    // The request's own timeout stops at the response headers; this bounds the body too, so a
    // server that stalls mid-body cannot hold the caller past requestTimeout.
    CompletableFuture<HttpResponse<byte[]>> response =
        http.sendAsync(built, info -> new LimitedBody(info, maxResponseBytes, what));
    try {
      HttpResponse<byte[]> done = response.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
      return new Raw(done.statusCode(), done.headers(), done.body());
    } catch (TimeoutException e) {
      response.cancel(true);
      throw new HttpTimeoutException("request timed out");
    } catch (InterruptedException e) {
      response.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      while (cause instanceof CompletionException && cause.getCause() != null) {
        cause = cause.getCause();
      }
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IOException(cause);
    }
  }

  private URI uri(String token) {
    if (placement != TokenPlacement.QUERY_PARAMETER) {
      return endpoint;
    }
    String separator = endpoint.getRawQuery() == null ? "?" : "&";
    return URI.create(endpoint + separator + "access_token=" + RequestWriter.encode(token));
  }

  /** Collects the body, refusing it as soon as it (or its declared length) passes the limit. */
  private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    private final long limit;
    private final String what;
    private final boolean declaredTooLarge;
    private Flow.Subscription subscription;

    LimitedBody(HttpResponse.ResponseInfo info, long limit, String what) {
      this.limit = limit;
      this.what = what;
      this.declaredTooLarge = info.headers().firstValueAsLong("Content-Length").orElse(-1) > limit;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      if (declaredTooLarge) {
        tooLarge();
      } else {
        subscription.request(Long.MAX_VALUE);
      }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer buffer : buffers) {
        if (out.size() + (long) buffer.remaining() > limit) {
          tooLarge();
          return;
        }
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        out.write(bytes, 0, bytes.length);
      }
    }

    @Override
    public void onError(Throwable error) {
      result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
      result.complete(out.toByteArray());
    }

    private void tooLarge() {
      subscription.cancel();
      result.completeExceptionally(new ResponseTooLargeException(what, limit));
    }
  }
}
