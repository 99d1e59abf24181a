package dev.optixgql.runtime.internal;

import dev.optixgql.runtime.RateLimit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The client-side rate limit: per token, at most {@link RateLimit#requests()} requests in any
 * {@link RateLimit#window()} as the server counts them. The server counts arrivals, and an arrival
 * lies somewhere between our send and our receipt of the answer, so a request holds its slot while
 * in flight and for a whole window after its answer; stamping the send time instead let a slow
 * first burst and a prompt second one land in the same server window (twice the limit).
 */
public final class Throttle {
  private final RateLimit limit;
  private final LongSupplier nanoTime;
  private final ConcurrentHashMap<String, List<Permit>> slots = new ConcurrentHashMap<>();

  /** Per key, the {@code nanoTime} before which the server asked for no request (429). */
  private final ConcurrentHashMap<String, Long> pausedUntil = new ConcurrentHashMap<>();

  private final Permit unlimited = new Permit(null);

  public Throttle(RateLimit limit, LongSupplier nanoTime) {
    this.limit = limit;
    this.nanoTime = nanoTime;
  }

  /** Thrown when the wait for a slot would pass the call's deadline. */
  public static final class DeadlineExceeded extends Exception {
    private static final long serialVersionUID = 1L;

    DeadlineExceeded(long waitNanos) {
      super("the rate limit needs a wait of " + waitNanos / 1_000_000 + " ms", null, false, false);
    }
  }

  /** One request's slot; {@link #release()} it when the request is answered or has failed. */
  public final class Permit {
    private final List<Permit> owner;
    private long releasedAt;
    private boolean released;

    private Permit(List<Permit> owner) {
      this.owner = owner;
    }

    /**
     * Gives the slot back at once: the server refused the request (HTTP 429) and did not count it,
     * so it must not hold a slot of the client's window for a whole window either.
     */
    public void uncount() {
      if (owner == null) {
        return;
      }
      synchronized (owner) {
        released = true;
        owner.remove(this);
        owner.notifyAll();
      }
    }

    /** Starts the window after which the slot is free again; idempotent. */
    public void release() {
      if (owner == null) {
        return;
      }
      synchronized (owner) {
        if (!released) {
          released = true;
          releasedAt = nanoTime.getAsLong();
          owner.notifyAll();
        }
      }
    }
  }

  /**
   * Re-syncs with the server after a 429: no request for {@code key} before {@code wait} has passed
   * (the server's {@code Retry-After}, at most one window: a longer ask is not the limit's); waits
   * already longer are kept.
   */
  public void pause(String key, java.time.Duration wait) {
    long window = limit.window().toNanos();
    long nanos = wait.compareTo(limit.window()) >= 0 ? window : wait.toNanos();
    long until = nanoTime.getAsLong() + nanos;
    pausedUntil.merge(key, until, (a, b) -> a - b > 0 ? a : b);
  }

  /**
   * Takes a slot for {@code key} (a token), waiting as long as needed but not past {@code
   * deadlineNanos} (a {@link System#nanoTime()} value).
   */
  public Permit acquire(String key, long deadlineNanos)
      throws InterruptedException, DeadlineExceeded {
    if (limit.requests() == 0) {
      return unlimited;
    }
    long window = limit.window().toNanos();
    List<Permit> permits = slots.computeIfAbsent(key, k -> new ArrayList<>());
    synchronized (permits) {
      while (true) {
        long now = nanoTime.getAsLong();
        Long paused = pausedUntil.get(key);
        if (paused != null && paused - now > 0) {
          // The server said to wait (429): every caller of this token waits, not only the refused.
          long wait = paused - now;
          if (now + wait > deadlineNanos) {
            throw new DeadlineExceeded(wait);
          }
          permits.wait(Math.max(1, (wait + 999_999) / 1_000_000));
          continue;
        }
        permits.removeIf(p -> p.released && now - p.releasedAt >= window);
        if (permits.size() < limit.requests()) {
          Permit permit = new Permit(permits);
          permits.add(permit);
          return permit;
        }
        // A slot in flight frees a window after its answer at the earliest; release() wakes us.
        long wait = window;
        for (Permit p : permits) {
          if (p.released) {
            wait = Math.min(wait, p.releasedAt + window - now);
          }
        }
        if (now + wait > deadlineNanos) {
          throw new DeadlineExceeded(wait);
        }
        permits.wait(Math.max(1, (wait + 999_999) / 1_000_000));
      }
    }
  }
}
