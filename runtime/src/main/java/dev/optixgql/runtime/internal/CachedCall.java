package dev.optixgql.runtime.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.optixgql.runtime.Operation;
import dev.optixgql.runtime.Response;
import dev.optixgql.runtime.ResponseCache;
import dev.optixgql.runtime.TokenKind;
import dev.optixgql.runtime.TokenProvider;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * One call of a query the {@link ResponseCache} keeps: its key (the operation's class and name, its
 * variables as sent, the token's fingerprint, never the token) and time to live. A hit is checked
 * as a request would be (a token of the wrong kind is refused, not answered from the cache); a
 * response is kept only without errors.
 *
 * @param <D> the operation's data
 */
final class CachedCall<D> {
  private static final JsonFactory JSON = new JsonFactory();

  private final ResponseCache cache;
  private final ResponseCache.Key key;
  private final Duration timeToLive;
  private final @Nullable D hit;

  private CachedCall(
      ResponseCache cache, ResponseCache.Key key, Duration timeToLive, @Nullable D hit) {
    this.cache = cache;
    this.key = key;
    this.timeToLive = timeToLive;
    this.hit = hit;
  }

  /**
   * The call of {@code operation} looked up in {@code cache}, or {@code null} when the cache keeps
   * nothing for it (no cache, a mutation or subscription, no time to live).
   */
  static <D> @Nullable CachedCall<D> lookUp(
      @Nullable ResponseCache cache,
      Operation<D> operation,
      TokenProvider tokens,
      TokenKind required,
      String clientName) {
    if (cache == null || operation.isMutation() || operation.isSubscription()) {
      return null;
    }
    Duration timeToLive = cache.timeToLive(operation);
    if (timeToLive == null || timeToLive.isNegative() || timeToLive.isZero()) {
      return null;
    }
    String token = tokens.token();
    CallState.checkToken(token, required, clientName); // refused as a request would be
    ResponseCache.Key key =
        new ResponseCache.Key(
            operation.getClass().getName(),
            operation.operationName(),
            variables(operation),
            Fingerprint.of(token));
    Object data = cache.get(key);
    D hit = operation.dataType().isInstance(data) ? operation.dataType().cast(data) : null;
    return new CachedCall<>(cache, key, timeToLive, hit);
  }

  /** The data the cache held for this call when it was looked up, or {@code null}: a miss. */
  @Nullable D hit() {
    return hit;
  }

  /** Keeps {@code response}'s data if it has no errors. */
  void keep(Response<?> response, int bytes) {
    if (response.data() != null && response.errors().isEmpty()) {
      cache.put(key, response.data(), bytes, timeToLive);
    }
  }

  private static String variables(Operation<?> operation) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      operation.writeVariables(json);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
