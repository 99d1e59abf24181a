package dev.optixgql.runtime.internal;

import dev.optixgql.runtime.TokenProvider;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;

/**
 * Refreshes a refused token once for everyone: the first caller that got a 401 with a token asks
 * the provider; every other caller that used the same token waits for that answer, and a caller
 * whose 401 comes later reuses a newer token found. A failure or "no newer token" is not kept, so
 * the next 401 asks the provider again.
 */
final class TokenRefresher {
  /** How long a refused token's newer one is remembered for callers whose 401 comes late. */
  static final long REMEMBER_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(2);

  /** By the refused token's fingerprint: a refresh under way, or done and remembered. */
  private final ConcurrentHashMap<String, Refresh> refreshes = new ConcurrentHashMap<>();

  private record Refresh(CompletableFuture<String> answer, long startedAt) {}

  private final java.util.function.LongSupplier nanoTime;

  public TokenRefresher() {
    this(System::nanoTime);
  }

  /** With the clock remembered refreshes expire by (for tests). */
  public TokenRefresher(java.util.function.LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
  }

  /**
   * The token to retry with after {@code rejected} was refused, asking {@code provider} on this
   * thread (one client shares one refresher across all its views: the same token is refreshed once
   * however many views used it).
   */
  public String refreshed(TokenProvider provider, String rejected) throws InterruptedException {
    CompletableFuture<String> answer = refreshedAsync(provider, rejected, Runnable::run);
    try {
      return answer.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause());
    }
  }

  /**
   * As {@link #refreshed}, without blocking: the provider is asked on {@code executor} when no
   * refresh of {@code rejected} is under way, else the one under way is shared. Cancelling the
   * returned future does not cancel that shared refresh.
   */
  public CompletableFuture<String> refreshedAsync(
      TokenProvider provider, String rejected, Executor executor) {
    long now = nanoTime.getAsLong();
    refreshes.values().removeIf(r -> r.answer().isDone() && now - r.startedAt() > REMEMBER_NANOS);
    String key = Fingerprint.of(rejected);
    Refresh mine = new Refresh(new CompletableFuture<>(), now);
    Refresh found = refreshes.putIfAbsent(key, mine);
    if (found != null) {
      return found.answer().copy();
    }
    try {
      executor.execute(() -> ask(provider, rejected, key, mine));
    } catch (RuntimeException e) { // rejected: the client is closing
      mine.answer().completeExceptionally(e);
      refreshes.remove(key, mine);
    }
    return mine.answer().copy();
  }

  private void ask(TokenProvider provider, String rejected, String key, Refresh mine) {
    try {
      String fresh = provider.refresh(rejected);
      mine.answer().complete(fresh);
      if (fresh == null || fresh.equals(rejected)) {
        // No newer token yet: callers waiting now share that answer, later ones ask again.
        refreshes.remove(key, mine);
      }
    } catch (RuntimeException e) {
      mine.answer().completeExceptionally(e);
      // A failed refresh (say, the token store was down) must not stick to this token.
      refreshes.remove(key, mine);
    }
  }

  /** The refused tokens remembered (in flight or answered within the last two minutes). */
  public int remembered() {
    return refreshes.size();
  }
}
