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

  /** Acquisitions since the last sweep of idle keys. */
  private final java.util.concurrent.atomic.AtomicInteger sinceSweep =
      new java.util.concurrent.atomic.AtomicInteger();

  /** Keys held before idle ones are swept out. */
  static final int SWEEP_ABOVE = 64;

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
  public void pause(String token, java.time.Duration wait) {
    String key = Fingerprint.of(token);
    long window = limit.window().toNanos();
    long nanos = wait.compareTo(limit.window()) >= 0 ? window : wait.toNanos();
    long until = nanoTime.getAsLong() + nanos;
    pausedUntil.merge(key, until, (a, b) -> a - b > 0 ? a : b);
  }

  /**
   * Takes a slot for {@code key} (a token), waiting as long as needed but not past {@code
   * deadlineNanos} (a {@link System#nanoTime()} value).
   */
  public Permit acquire(String token, long deadlineNanos)
      throws InterruptedException, DeadlineExceeded {
    if (limit.requests() == 0) {
      return unlimited;
    }
    String key = Fingerprint.of(token);
    long window = limit.window().toNanos();
    if (slots.size() > SWEEP_ABOVE && sinceSweep.incrementAndGet() % SWEEP_ABOVE == 0) {
      sweep(window);
    }
    while (true) {
      List<Permit> permits = slots.computeIfAbsent(key, k -> new ArrayList<>());
      synchronized (permits) {
        if (slots.get(key) != permits) {
          continue; // swept out while we waited for it: take the current list
        }
        Permit permit = acquire(key, permits, window, deadlineNanos);
        if (permit != null) {
          return permit;
        }
      }
    }
  }

  /** The number of tokens with state held (in flight, in a window, or paused). */
  public int heldKeys() {
    return slots.size();
  }

  /** Forgets the keys whose every slot's window has passed and that are not paused. */
  void sweep(long window) {
    long now = nanoTime.getAsLong();
    pausedUntil.entrySet().removeIf(e -> e.getValue() - now <= 0);
    for (java.util.Map.Entry<String, List<Permit>> entry : slots.entrySet()) {
      List<Permit> permits = entry.getValue();
      synchronized (permits) {
        permits.removeIf(p -> p.released && now - p.releasedAt >= window);
        if (permits.isEmpty() && !pausedUntil.containsKey(entry.getKey())) {
          slots.remove(entry.getKey(), permits);
        }
      }
    }
  }

  /**
   * Takes a slot from {@code permits} (its monitor held), or returns {@code null} when a sweep
   * removed the list while this thread waited: the caller then starts over with the current one.
   */
  private Permit acquire(String key, List<Permit> permits, long window, long deadlineNanos)
      throws InterruptedException, DeadlineExceeded {
    while (true) {
      long now = nanoTime.getAsLong();
      Long paused = pausedUntil.get(key);
      long wait;
      if (paused != null && paused - now > 0) {
        // The server said to wait (429): every caller of this token waits, not only the refused.
        wait = paused - now;
      } else {
        permits.removeIf(p -> p.released && now - p.releasedAt >= window);
        if (permits.size() < limit.requests()) {
          Permit permit = new Permit(permits);
          permits.add(permit);
          return permit;
        }
        // A slot in flight frees a window after its answer at the earliest; release() wakes us.
        wait = window;
        for (Permit p : permits) {
          if (p.released) {
            wait = Math.min(wait, p.releasedAt + window - now);
          }
        }
      }
      if (now + wait > deadlineNanos) {
        throw new DeadlineExceeded(wait);
      }
      permits.wait(Math.max(1, (wait + 999_999) / 1_000_000));
      if (slots.get(key) != permits) {
        return null;
      }
    }
  }
}
