package dev.optixgql.runtime;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Where an {@link OptixClient} keeps query results it may answer again without a request ({@link
 * ClientSettings#responseCache}). Optix recommends caching objects read often (locations,
 * resources, plans): a hit spends none of the organization's 60 requests a minute.
 *
 * <p>The client asks {@link #timeToLive} before each call of a query (never of a mutation, nor of a
 * batch); for a positive answer it looks the result up under a {@link Key} of the operation, its
 * variables and the token's fingerprint, and after a response without errors it {@link #put puts}
 * the decoded data there. A hit returns that data at once: nothing is sent, throttled, retried or
 * observed by a {@link CallListener}. Optix's documentation asks for the same care as any cache:
 * data you change goes stale until invalidated or expired.
 *
 * <p>{@code optixgql-caffeine}'s {@code CaffeineResponseCache} is the implementation: bounded in
 * entries and bytes, a time to live per operation, invalidation by operation or token, hit and miss
 * counts. Implementations must be thread-safe.
 */
public interface ResponseCache {
  /**
   * How long {@code operation}'s data stays fresh, or {@code null} (or zero) not to cache it.
   *
   * @param operation a query about to be sent
   * @return its time to live, or {@code null} for none
   */
  @Nullable Duration timeToLive(Operation<?> operation);

  /**
   * The data kept under {@code key}, if still fresh.
   *
   * @param key the operation, variables and token fingerprint of a call about to be sent
   * @return the data, or {@code null} for a miss
   */
  @Nullable Object get(Key key);

  /**
   * Keeps {@code data} under {@code key} for {@code timeToLive}.
   *
   * @param key the operation, variables and token fingerprint of the call
   * @param data the decoded data (an immutable generated record)
   * @param bytes the size of the response body it was decoded from, to bound memory by
   * @param timeToLive what {@link #timeToLive} answered for the operation
   */
  void put(Key key, Object data, int bytes, Duration timeToLive);

  /**
   * What a result is kept under. It holds no token: a token is known by its fingerprint, the first
   * 128 bits of its SHA-256 ({@link #fingerprint}), so results are never shared across tokens.
   *
   * @param operationClass the generated operation's class name (one document, one data type)
   * @param operationName the operation's name
   * @param variables the variables as sent, as JSON
   * @param tokenFingerprint the fingerprint of the token the call is sent with
   */
  record Key(
      String operationClass, String operationName, String variables, String tokenFingerprint) {}

  /**
   * The fingerprint a {@link Key} holds for {@code token}: to invalidate one organization's results
   * by its token.
   *
   * @param token the token
   * @return 32 hexadecimal digits
   */
  static String fingerprint(String token) {
    return dev.optixgql.runtime.internal.Fingerprint.of(token);
  }
}
