package dev.optixgql.runtime.internal;

import dev.optixgql.runtime.TokenProvider;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * Refreshes a refused token once for everyone: the first caller that got a 401 with a token asks
 * the provider; every other caller that used the same token waits for that answer, and a caller
 * whose 401 comes later reuses a newer token found. A failure or "no newer token" is not kept, so
 * the next 401 asks the provider again.
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
        String fresh = provider.refresh(rejected);
        mine.complete(fresh);
        if (fresh == null || fresh.equals(rejected)) {
          // No newer token yet: callers waiting now share that answer, later ones ask again.
          inFlight.remove(rejected, mine);
        }
      } catch (RuntimeException e) {
        mine.completeExceptionally(e);
        // A failed refresh (say, the token store was down) must not stick to this token.
        inFlight.remove(rejected, mine);
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
