package dev.optixgql.runtime.internal;

import dev.optixgql.runtime.TokenProvider;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * Refreshes a refused token once for everyone: the first caller that got a 401 with a token asks
 * the provider; every other caller that used the same token waits for that answer.
 */
public final class TokenRefresher {
  private final TokenProvider provider;
  private final ConcurrentHashMap<String, CompletableFuture<String>> inFlight =
      new ConcurrentHashMap<>();

  public TokenRefresher(TokenProvider provider) {
    this.provider = provider;
  }

  /** The token to retry with after {@code rejected} was refused. */
  public String refreshed(String rejected) throws InterruptedException {
    CompletableFuture<String> mine = new CompletableFuture<>();
    CompletableFuture<String> shared = inFlight.putIfAbsent(rejected, mine);
    if (shared == null) {
      try {
        mine.complete(provider.refresh(rejected));
      } catch (RuntimeException e) {
        mine.completeExceptionally(e);
      }
      shared = mine;
    }
    try {
      return shared.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause());
    }
  }
}
