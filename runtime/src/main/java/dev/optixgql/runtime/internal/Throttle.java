package dev.optixgql.runtime.internal;

import dev.optixgql.runtime.RateLimit;
import dev.optixgql.runtime.RateLimiter;
import dev.optixgql.runtime.RateLimiterUnavailableException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The client-side rate limit: per token, at most {@link RateLimit#requests()} requests in any
 * {@link RateLimit#window()} as the server counts them. The server counts arrivals, and an arrival
 * lies somewhere between our send and our receipt of the answer, so a request holds its slot while
 * in flight and for a whole window after its answer; stamping the send time instead let a slow
 * first burst and a prompt second one land in the same server window (twice the limit).
 *
 * <p>Nothing here blocks a thread: a caller that must wait gets a future, queued per token in
 * arrival order and completed by whoever frees a slot or by one timer task per token, scheduled for
 * the moment the oldest slot's window ends. {@link #acquire} waits for that future on the caller's
 * thread (the synchronous path); {@link #acquireAsync} hands it back.
 */
final class Throttle {
  /** Keys held before idle ones are swept out. */
  static final int SWEEP_ABOVE = 64;

  private final RateLimit limit;
  private final RateLimiter shared;
  private final long window;
  private final LongSupplier nanoTime;
  private final ScheduledExecutorService timer;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final Permit unlimited = new Permit(null);
  private volatile long lastSweep;

  /**
   * @param nanoTime the clock windows are measured by ({@link System#nanoTime} but in tests)
   * @param timer runs the task that wakes a token's queue when its next slot frees
   */
  public Throttle(RateLimit limit, LongSupplier nanoTime, ScheduledExecutorService timer) {
    this(limit, null, nanoTime, timer);
  }

  /**
   * @param shared a limiter every request also takes a slot from ({@link #takeShared}), after the
   *     local one and right before it is sent; {@code null} for none
   */
  public Throttle(
      RateLimit limit, RateLimiter shared, LongSupplier nanoTime, ScheduledExecutorService timer) {
    this.limit = limit;
    this.shared = shared;
    this.window = limit.window().toNanos();
    this.nanoTime = nanoTime;
    this.timer = timer;
    this.lastSweep = nanoTime.getAsLong();
  }

  /**
   * One request's slot: {@link #release()} it when the request was answered or may have reached the
   * server, {@link #uncount()} it when the server did not count it.
   */
  public final class Permit {
    private static final int IN_FLIGHT = 0;
    private static final int RELEASED = 1;
    private static final int UNCOUNTED = 2;

    private final Bucket bucket;
    private int state = IN_FLIGHT;
    private long releasedAt;

    /** The shared limiter's key when a slot was taken from it too; guarded by the permit. */
    private String sharedKey;

    private Permit(Bucket bucket) {
      this.bucket = bucket;
    }

    /** Starts the window after which the slot is free again; idempotent. */
    public void release() {
      if (bucket == null) {
        return;
      }
      List<Waiter> granted;
      synchronized (bucket) {
        if (state != IN_FLIGHT) {
          return;
        }
        state = RELEASED;
        releasedAt = nanoTime.getAsLong();
        bucket.inFlight--;
        bucket.released.addLast(releasedAt);
        granted = bucket.waiters.isEmpty() ? List.of() : bucket.pump(releasedAt);
      }
      grant(granted);
    }

    /**
     * Gives the slot back at once: the server refused the request (HTTP 429) or it was never sent,
     * so it must not hold a slot of the client's window for a whole window either.
     */
    public void uncount() {
      giveBackShared();
      if (bucket == null) {
        return;
      }
      List<Waiter> granted;
      synchronized (bucket) {
        if (state == IN_FLIGHT) {
          bucket.inFlight--;
        } else if (state == RELEASED) {
          bucket.released.remove(releasedAt);
        } else {
          return;
        }
        state = UNCOUNTED;
        granted = bucket.pump(nanoTime.getAsLong());
      }
      grant(granted);
    }

    private void giveBackShared() {
      if (shared == null) {
        return;
      }
      String key;
      synchronized (this) {
        key = sharedKey;
        sharedKey = null;
      }
      if (key != null) {
        try {
          shared.giveBack(key);
        } catch (RuntimeException e) {
          // The slot stays taken until the shared window ends: a little budget lost, nothing more.
        }
      }
    }

    private synchronized void tookShared(String key) {
      sharedKey = key;
    }
  }

  /**
   * Re-syncs with the server after a 429: no request for {@code token} before {@code wait} has
   * passed (the server's {@code Retry-After}, at most one window: a longer ask is not the limit's);
   * waits already longer are kept.
   */
  public void pause(String token, Duration wait) {
    if (limit.requests() == 0) {
      return;
    }
    long nanos = wait.compareTo(limit.window()) >= 0 ? window : Math.max(0, wait.toNanos());
    while (true) {
      Bucket bucket = buckets.computeIfAbsent(Fingerprint.of(token), Bucket::new);
      synchronized (bucket) {
        if (bucket.detached) {
          continue;
        }
        long now = nanoTime.getAsLong();
        long until = now + nanos;
        if (!bucket.paused || until - bucket.pausedUntil > 0) {
          bucket.paused = true;
          bucket.pausedUntil = until;
        }
        bucket.schedule(now);
        return;
      }
    }
  }

  /**
   * Takes a slot for {@code token}, waiting on this thread as long as needed but not past {@code
   * deadlineNanos} (a {@code nanoTime} value).
   */
  public Permit acquire(String token, long deadlineNanos)
      throws InterruptedException, DeadlineExceeded {
    CompletableFuture<Permit> future = acquireAsync(token, deadlineNanos);
    try {
      return future.get();
    } catch (InterruptedException e) {
      if (!future.cancel(false)) {
        Permit granted = future.getNow(null);
        if (granted != null) {
          granted.uncount(); // granted as we were interrupted: never used
        }
      }
      throw e;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof DeadlineExceeded exceeded) {
        throw exceeded;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * A slot for {@code token}: a completed future when one is free now, else one completed when a
   * slot frees (or failed with {@link DeadlineExceeded} as soon as that cannot happen before {@code
   * deadlineNanos}). Cancelling the future gives up the place in the queue.
   */
  public CompletableFuture<Permit> acquireAsync(String token, long deadlineNanos) {
    if (limit.requests() == 0) {
      // A permit of its own only when it may carry a shared slot.
      return CompletableFuture.completedFuture(shared == null ? unlimited : new Permit(null));
    }
    String key = Fingerprint.of(token);
    long start = nanoTime.getAsLong();
    if (buckets.size() > SWEEP_ABOVE && start - lastSweep >= window) {
      lastSweep = start;
      sweep();
    }
    while (true) {
      Bucket bucket = buckets.computeIfAbsent(key, Bucket::new);
      synchronized (bucket) {
        if (bucket.detached) {
          continue; // swept out as we found it: take the current one
        }
        long now = nanoTime.getAsLong();
        bucket.expire(now);
        if (bucket.waiters.isEmpty() && bucket.capacity() > 0) {
          bucket.inFlight++;
          return CompletableFuture.completedFuture(new Permit(bucket));
        }
        long wait = bucket.lowerBound(now, bucket.waiters.size());
        if (wait > deadlineNanos - now) {
          return CompletableFuture.failedFuture(new DeadlineExceeded(wait));
        }
        Waiter waiter =
            new Waiter(
                deadlineNanos,
                cancelled -> {
                  synchronized (bucket) {
                    bucket.waiters.remove(cancelled);
                    bucket.schedule(nanoTime.getAsLong());
                  }
                });
        bucket.waiters.addLast(waiter);
        bucket.schedule(now);
        return waiter;
      }
    }
  }

  /**
   * The shared limiter's slot for a request about to be sent (it holds {@code permit} and its place
   * at the gate): taken as late as possible, since the server counts the request when it arrives
   * and the limiter's margin covers only the trip. Returns 0 when taken (or there is no shared
   * limiter), else the nanoseconds to wait before asking again, having taken nothing.
   *
   * @throws RateLimiterUnavailableException when the limiter fails
   */
  public long takeShared(String token, Permit permit) {
    if (shared == null) {
      return 0;
    }
    String key = Fingerprint.of(token);
    long wait;
    try {
      wait = shared.tryTake(key);
    } catch (RuntimeException e) {
      throw new RateLimiterUnavailableException(
          "The shared rate limiter failed, so the request was not sent: " + e, e);
    }
    if (wait > 0) {
      return wait;
    }
    permit.tookShared(key);
    return 0;
  }

  /** The number of tokens with state held (in flight, in a window, queued or paused). */
  public int heldKeys() {
    return buckets.size();
  }

  /** Forgets the tokens with nothing in flight, no slot inside its window, no queue, no pause. */
  void sweep() {
    long now = nanoTime.getAsLong();
    for (Bucket bucket : buckets.values()) {
      synchronized (bucket) {
        bucket.expire(now);
        if (bucket.idle()) {
          bucket.detached = true;
          bucket.cancelWake();
          buckets.remove(bucket.key, bucket);
        }
      }
    }
  }

  private static void grant(List<Waiter> granted) {
    for (Waiter waiter : granted) {
      waiter.settle();
    }
  }

  /** One token's state; every field is guarded by the bucket's monitor. */
  private final class Bucket {
    final String key;
    final LongQueue released = new LongQueue();
    final ArrayDeque<Waiter> waiters = new ArrayDeque<>(2);
    int inFlight;
    boolean paused;
    long pausedUntil;
    boolean detached;
    ScheduledFuture<?> wake;
    long wakeAt;

    Bucket(String key) {
      this.key = key;
    }

    /** Drops the slots whose window has passed, and a pause that has ended. */
    void expire(long now) {
      while (!released.isEmpty() && now - released.first() >= window) {
        released.removeFirst();
      }
      if (paused && now - pausedUntil >= 0) {
        paused = false;
      }
    }

    /** Slots free now (none while paused). */
    int capacity() {
      return paused ? 0 : limit.requests() - inFlight - released.size();
    }

    boolean idle() {
      return inFlight == 0 && released.isEmpty() && waiters.isEmpty() && !paused;
    }

    /**
     * The least wait before the caller at {@code position} in the queue can have a slot: the pause,
     * and the window end of the slot it would inherit (a slot still in flight frees a whole window
     * from now at the earliest).
     */
    long lowerBound(long now, int position) {
      long pause = paused ? pausedUntil - now : 0;
      int free = limit.requests() - inFlight - released.size();
      int needed = position - Math.max(0, free);
      long slot;
      if (needed < 0) {
        slot = 0;
      } else if (needed < released.size()) {
        slot = released.get(needed) + window - now;
      } else {
        slot = window;
      }
      return Math.max(pause, slot);
    }

    /**
     * Hands free slots to the queue in order and fails those whose deadline cannot be met; returns
     * them to be completed once the lock is released.
     */
    List<Waiter> pump(long now) {
      expire(now);
      List<Waiter> settled = null;
      while (!waiters.isEmpty() && capacity() > 0) {
        Waiter waiter = waiters.pollFirst();
        if (waiter.isDone()) {
          continue;
        }
        inFlight++;
        waiter.permit = new Permit(this);
        settled = add(settled, waiter);
      }
      int position = 0;
      for (Iterator<Waiter> it = waiters.iterator(); it.hasNext(); ) {
        Waiter waiter = it.next();
        if (waiter.isDone()) {
          it.remove();
          continue;
        }
        long wait = lowerBound(now, position);
        if (wait > waiter.deadline - now) {
          it.remove();
          waiter.failure = new DeadlineExceeded(wait);
          settled = add(settled, waiter);
        } else {
          position++;
        }
      }
      schedule(now);
      return settled == null ? List.of() : settled;
    }

    /** Arms the timer for the next moment the queue can move (nothing to arm without a queue). */
    void schedule(long now) {
      long next;
      if (waiters.isEmpty()) {
        cancelWake();
        return;
      } else if (paused) {
        next = pausedUntil;
      } else if (capacity() > 0) {
        next = now;
      } else if (!released.isEmpty()) {
        next = released.first() + window;
      } else {
        cancelWake(); // every slot in flight: a release pumps the queue
        return;
      }
      if (wake != null && !wake.isDone() && wakeAt == next) {
        return;
      }
      cancelWake();
      wakeAt = next;
      wake = timer.schedule(this::wakeUp, Math.max(0, next - now), TimeUnit.NANOSECONDS);
    }

    void cancelWake() {
      if (wake != null) {
        wake.cancel(false);
        wake = null;
      }
    }

    private void wakeUp() {
      List<Waiter> granted;
      synchronized (this) {
        wake = null;
        granted = pump(nanoTime.getAsLong());
      }
      grant(granted);
    }

    private List<Waiter> add(List<Waiter> list, Waiter waiter) {
      List<Waiter> out = list == null ? new ArrayList<>(2) : list;
      out.add(waiter);
      return out;
    }
  }
}
