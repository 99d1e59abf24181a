package dev.optixgql.runtime.internal;

import dev.optixgql.runtime.Operation;
import dev.optixgql.runtime.OptixClient;
import dev.optixgql.runtime.Response;
import dev.optixgql.runtime.TokenKind;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The calls generated client implementations make on an {@link OptixClient}, kept off its public
 * API: {@code OptixClient} installs its implementation once, when its class initializes, and {@code
 * dev.optixgql.runtime.generated.ClientCalls} reaches them through {@link #of}.
 */
public abstract class ClientAccess {
  private static volatile ClientAccess installed;

  /** Called once, by {@code OptixClient}'s static initializer. */
  public static synchronized void install(ClientAccess access) {
    if (installed != null) {
      throw new IllegalStateException("OptixClient's calls are installed already");
    }
    installed = Objects.requireNonNull(access);
  }

  /**
   * The installed calls; {@code client} exists, so its class has initialized and installed them.
   */
  public static ClientAccess of(OptixClient client) {
    Objects.requireNonNull(client, "client");
    return installed;
  }

  /** Executes {@code operation} and returns the whole response (see {@code OptixClient}). */
  public abstract <D> Response<D> call(
      OptixClient client,
      TokenKind required,
      String clientName,
      Operation<D> operation,
      boolean idempotent);

  /** Executes {@code operation} asynchronously; the future has its data or the typed failure. */
  public abstract <D> CompletableFuture<D> executeAsync(
      OptixClient client,
      TokenKind required,
      String clientName,
      Operation<D> operation,
      boolean idempotent);
}
