package dev.optixgql.runtime.internal;

import dev.optixgql.runtime.OptixGqlException;
import dev.optixgql.runtime.RateLimitHeaders;
import dev.optixgql.runtime.RateLimitInfo;
import dev.optixgql.runtime.RetryPolicy;
import dev.optixgql.runtime.TokenKind;
import dev.optixgql.runtime.TokenProvider;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Runs one call, single or batched, by the rules of {@link CallState}: checks the token's kind,
 * takes a throttle slot, sends, and retries, refreshes or fails as the state decides. Two ways with
 * the same rules: {@link #execute} on the caller's thread (blocking {@code HttpClient.send},
 * sleeping between attempts), and {@link #executeAsync}, where no thread waits: throttle waits and
 * backoffs are timer tasks, the exchange is {@code HttpClient.sendAsync}, and every step runs on
 * the client's executor.
 */
final class CallExecutor {
  private final Exchange exchange;
  private final Throttle throttle;
  private final RetryPolicy retries;
  private final RateLimitHeaders headers;
  private final Consumer<RateLimitInfo> onRateLimit;
  private final ScheduledExecutorService timer;
  private final RequestGate gate;

  public CallExecutor(
      Exchange exchange,
      Throttle throttle,
      RetryPolicy retries,
      RateLimitHeaders headers,
      Consumer<RateLimitInfo> onRateLimit,
      ScheduledExecutorService timer,
      RequestGate gate) {
    this.gate = gate;
    this.exchange = exchange;
    this.throttle = throttle;
    this.retries = retries;
    this.headers = headers;
    this.onRateLimit = onRateLimit;
    this.timer = timer;
  }

  /** What one call sends, whether it may be sent twice, and what watches it. */
  public record Call(
      String name,
      String client,
      TokenKind required,
      boolean repeatable,
      Exchange.Body body,
      CallWatch watch) {
    /** A call nobody but the log watches. */
    public Call(
        String name, String client, TokenKind required, boolean repeatable, Exchange.Body body) {
      this(name, client, required, repeatable, body, CallWatch.QUIET);
    }
  }

  /**
   * A 200 response's body and counters, for the caller to decode, and the redactor of the tokens
   * the call used: whatever the caller makes of the body passes through it.
   */
  public record Success(byte[] body, RateLimitInfo rateLimit, Redactor redactor) {}

  private CallState start(Call call, String token) {
    return new CallState(call, token, exchange, throttle, retries, headers, onRateLimit);
  }

  /** Runs {@code call} on this thread. */
  public Success execute(Call call, TokenProvider tokens, TokenRefresher refresher) {
    CallState state = start(call, tokens.token());
    while (true) {
      state.acquiring();
      Throttle.Permit permit;
      try {
        permit = throttle.acquire(state.token(), state.deadline());
      } catch (DeadlineExceeded e) {
        throw state.throttleFailed(e);
      } catch (InterruptedException e) {
        throw interrupted(state, e);
      }
      enterAndTakeShared(state, permit);
      Duration timeout = state.startAttempt();
      Exchange.Raw raw = null;
      Exception failure = null;
      try {
        raw = exchange.send(call.body(), state.token(), call.name(), timeout);
      } catch (InterruptedException e) {
        permit.release();
        throw interrupted(state, e);
      } catch (Exception e) {
        failure = e;
      } finally {
        gate.leave();
      }
      CallState.Next next =
          raw != null ? state.answered(raw, permit) : state.failed(failure, permit);
      if (next instanceof CallState.Refresh) {
        try {
          next = state.refreshedWith(refresher.refreshed(tokens, state.token()));
        } catch (InterruptedException e) {
          throw interrupted(state, e);
        } catch (RuntimeException e) {
          next = state.refreshFailed(e);
        }
      }
      if (next instanceof CallState.Done done) {
        return done.success();
      }
      if (next instanceof CallState.Fail fail) {
        throw fail.failure();
      }
      sleep(((CallState.Retry) next).after(), state);
    }
  }

  /**
   * Runs {@code call} without holding a thread while it waits, and completes the returned future
   * with {@code finish} of its success (run on {@code executor}) or with the typed failure.
   * Cancelling the future aborts the exchange or wait under way; nothing is sent after it.
   */
  public <T> AsyncCall<T> executeAsync(
      Call call,
      TokenProvider tokens,
      TokenRefresher refresher,
      Executor executor,
      Function<Success, T> finish) {
    AsyncCall<T> async = new AsyncCall<>(call, tokens, refresher, executor, finish);
    async.step(async::begin);
    return async;
  }

  /**
   * Takes a place at the gate, then the shared limiter's slot (right before sending); while the
   * limiter says wait, leaves the gate and sleeps. On any failure the permit is given back.
   */
  private void enterAndTakeShared(CallState state, Throttle.Permit permit) {
    while (true) {
      try {
        gate.enterBlocking(state.deadline());
      } catch (InterruptedException e) {
        permit.uncount(); // never sent
        throw interrupted(state, e);
      } catch (DeadlineExceeded e) {
        permit.uncount(); // never sent
        throw state.throttleFailed(e);
      }
      long wait;
      try {
        wait = throttle.takeShared(state.token(), permit);
      } catch (RuntimeException e) {
        gate.leave();
        permit.uncount();
        throw e;
      }
      if (wait == 0) {
        return;
      }
      gate.leave();
      if (wait > state.deadline() - System.nanoTime()) {
        permit.uncount();
        throw state.throttleFailed(new DeadlineExceeded(wait));
      }
      try {
        TimeUnit.NANOSECONDS.sleep(wait);
      } catch (InterruptedException e) {
        permit.uncount();
        throw interrupted(state, e);
      }
    }
  }

  private static void sleep(Duration wait, CallState state) {
    if (wait.isZero()) {
      return;
    }
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      throw interrupted(state, e);
    }
  }

  private static RuntimeException interrupted(CallState state, InterruptedException e) {
    Thread.currentThread().interrupt();
    return state.interrupted(e);
  }

  /**
   * One asynchronous call: a chain of steps, each run on the executor, with at most one thing
   * pending between them (a throttle slot, an exchange, a timer, a refresh), which cancelling
   * cancels.
   */
  public final class AsyncCall<T> extends CompletableFuture<T> {
    private final Call call;
    private final TokenProvider tokens;
    private final TokenRefresher refresher;
    private final Executor executor;
    private final Function<Success, T> finish;
    private CallState state;
    private volatile Future<?> pending;
    private final AtomicBoolean told = new AtomicBoolean();

    private AsyncCall(
        Call call,
        TokenProvider tokens,
        TokenRefresher refresher,
        Executor executor,
        Function<Success, T> finish) {
      this.call = call;
      this.tokens = tokens;
      this.refresher = refresher;
      this.executor = executor;
      this.finish = finish;
    }

    /** Fails the call with {@code failure} and aborts what it waits for (the client is closing). */
    public void abort(RuntimeException failure) {
      if (completeExceptionally(failure)) {
        cancelPending();
      }
    }

    /** The end, told to the call's watch once, before whoever waits on the future sees it. */
    private void tell(@Nullable Throwable failure) {
      if (told.compareAndSet(false, true)) {
        call.watch().ended(call.name(), failure, false);
      }
    }

    @Override
    public boolean complete(T value) {
      if (!isDone()) {
        tell(null);
      }
      return super.complete(value);
    }

    @Override
    public boolean completeExceptionally(Throwable failure) {
      if (!isDone()) {
        tell(Exchange.unwrapped(failure));
      }
      return super.completeExceptionally(failure);
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      if (!isDone()) {
        tell(new CancellationException(call.name() + " was cancelled"));
      }
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      if (cancelled) {
        cancelPending();
      }
      return cancelled;
    }

    private void cancelPending() {
      Future<?> waiting = pending;
      if (waiting != null) {
        waiting.cancel(true);
      }
    }

    /** Runs {@code work} on the executor; whatever it throws fails the call, typed. */
    void step(Runnable work) {
      step(work, () -> {});
    }

    /**
     * Runs {@code work} on the executor, or {@code skipped} (on this thread or the executor's) when
     * the call is over by then: what the work would have given back (a slot, a place) is given back
     * there.
     */
    void step(Runnable work, Runnable skipped) {
      if (isDone()) {
        skipped.run();
        return;
      }
      try {
        executor.execute(
            () -> {
              if (isDone()) {
                skipped.run();
                return;
              }
              try {
                work.run();
              } catch (RuntimeException | StackOverflowError e) {
                completeExceptionally(state == null ? e : state.typed(e));
              }
            });
      } catch (RejectedExecutionException e) {
        skipped.run();
        completeExceptionally(
            new OptixGqlException("The OptixClient is closed; " + call.name() + " stopped.", e));
      }
    }

    private void begin() {
      state = start(call, tokens.token());
      acquire();
    }

    private void acquire() {
      state.acquiring();
      CompletableFuture<Throttle.Permit> slot =
          throttle.acquireAsync(state.token(), state.deadline());
      if (slot.isDone() && !slot.isCompletedExceptionally()) {
        send(slot.join()); // a free slot: no hop to another thread
        return;
      }
      pending = slot;
      slot.whenComplete(
          (permit, failure) -> {
            if (failure != null) {
              completeExceptionally(state.throttleFailed(Exchange.unwrapped(failure)));
            } else {
              step(() -> send(permit), permit::uncount);
            }
          });
      if (isDone()) {
        slot.cancel(false); // cancelled while we queued
      }
    }

    /**
     * Waits for a place at the gate (without a thread), then sends; at the call's deadline the
     * place in the queue is given up and the call fails as a throttle wait past it does.
     */
    private void send(Throttle.Permit permit) {
      CompletableFuture<Void> place = gate.enter();
      if (place.isDone()) {
        exchange(permit);
        return;
      }
      pending = place;
      try {
        Future<?> expiry =
            timer.schedule(
                () -> {
                  if (place.cancel(false)) {
                    completeExceptionally(
                        state.throttleFailed(DeadlineExceeded.atGate(gate.capacity())));
                  }
                },
                Math.max(0, state.deadline() - System.nanoTime()),
                TimeUnit.NANOSECONDS);
        place.whenComplete((entered, failure) -> expiry.cancel(false));
      } catch (RejectedExecutionException e) {
        // The client is closing: close() aborts this call.
      }
      place.whenComplete(
          (entered, failure) -> {
            if (failure != null) {
              permit.uncount(); // gave up its place: never sent
            } else {
              step(
                  () -> exchange(permit),
                  () -> {
                    gate.leave();
                    permit.uncount();
                  });
            }
          });
      if (isDone()) {
        place.cancel(false);
      }
    }

    private void exchange(Throttle.Permit permit) {
      long wait;
      try {
        wait = throttle.takeShared(state.token(), permit);
      } catch (RuntimeException e) {
        gate.leave();
        permit.uncount(); // never sent
        throw e;
      }
      if (wait > 0) {
        waitForShared(permit, wait);
        return;
      }
      Duration timeout = state.startAttempt();
      CompletableFuture<Exchange.Raw> exchanged;
      try {
        exchanged = exchange.sendAsync(call.body(), state.token(), call.name(), timeout);
      } catch (RuntimeException e) {
        gate.leave();
        permit.uncount(); // never sent
        throw e;
      }
      pending = exchanged;
      exchanged.whenComplete(
          (raw, failure) -> {
            gate.leave();
            step(
                () ->
                    proceed(
                        failure == null
                            ? state.answered(raw, permit)
                            : state.failed(Exchange.unwrapped(failure), permit)),
                permit::release);
          });
      if (isDone()) {
        exchanged.cancel(true);
      }
    }

    /**
     * Gives back the gate place and the local slot, and starts over (local slot, gate, shared slot)
     * when the shared limiter said, within the deadline: nothing is held while it waits, so
     * cancelling the wait leaves nothing behind.
     */
    private void waitForShared(Throttle.Permit permit, long wait) {
      gate.leave();
      permit.uncount();
      if (wait > state.deadline() - System.nanoTime()) {
        completeExceptionally(state.throttleFailed(new DeadlineExceeded(wait)));
        return;
      }
      try {
        pending = timer.schedule(() -> step(this::acquire), wait, TimeUnit.NANOSECONDS);
      } catch (RejectedExecutionException e) {
        completeExceptionally(
            new OptixGqlException("The OptixClient is closed; " + call.name() + " stopped.", e));
      }
      if (isDone()) {
        cancelPending();
      }
    }

    private void proceed(CallState.Next next) {
      if (next instanceof CallState.Done done) {
        complete(finish.apply(done.success()));
      } else if (next instanceof CallState.Fail fail) {
        completeExceptionally(fail.failure());
      } else if (next instanceof CallState.Refresh) {
        CompletableFuture<String> fresh = refresher.refreshedAsync(tokens, state.token(), executor);
        pending = fresh;
        fresh.whenComplete(
            (token, failure) ->
                step(
                    () ->
                        proceed(
                            failure == null
                                ? state.refreshedWith(token)
                                : state.refreshFailed(Exchange.unwrapped(failure)))));
      } else {
        Duration wait = ((CallState.Retry) next).after();
        if (wait.isZero()) {
          acquire();
          return;
        }
        try {
          pending = timer.schedule(() -> step(this::acquire), wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
          completeExceptionally(
              new OptixGqlException("The OptixClient is closed; " + call.name() + " stopped.", e));
        }
      }
      if (isDone()) {
        cancelPending();
      }
    }
  }
}
