package dev.optixgql.runtime.internal;

import dev.optixgql.runtime.ResponseTooLargeException;
import dev.optixgql.runtime.TokenPlacement;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

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

  public Raw send(Body body, String token, String what) throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(token))
            .timeout(requestTimeout)
            .header("Accept", "application/json");
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
    HttpResponse<InputStream> response =
        http.send(
            request.POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
            HttpResponse.BodyHandlers.ofInputStream());
    return new Raw(response.statusCode(), response.headers(), read(response, what));
  }

  private URI uri(String token) {
    if (placement != TokenPlacement.QUERY_PARAMETER) {
      return endpoint;
    }
    String separator = endpoint.getRawQuery() == null ? "?" : "&";
    return URI.create(endpoint + separator + "access_token=" + RequestWriter.encode(token));
  }

  private byte[] read(HttpResponse<InputStream> response, String what) throws IOException {
    long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
    try (InputStream in = response.body()) {
      if (declared > maxResponseBytes) {
        throw new ResponseTooLargeException(what, maxResponseBytes);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
      byte[] buffer = new byte[16384];
      long total = 0;
      for (int n; (n = in.read(buffer)) != -1; ) {
        total += n;
        if (total > maxResponseBytes) {
          throw new ResponseTooLargeException(what, maxResponseBytes);
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    }
  }
}
