package dev.optixgql.runtime;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * One call's steps, as a {@link CallListener} sees them, in order: for a query the client's {@link
 * ResponseCache} keeps, its {@link #cacheLookup} (a hit ends the call there: no attempt, then
 * {@link #ended} with {@link CallOutcome#SUCCESS}), any {@link #throttled} wait before an attempt,
 * each attempt ({@link #attemptStarted}, {@link #attemptEnded} with the {@link #rateLimit} counters
 * its answer carried), a {@link #retrying} between attempts, and one {@link #ended}. Every method
 * does nothing by default. Called on the thread running the step; what a method throws is caught
 * and dropped.
 */
public interface CallObservation {
  /** Watches nothing. */
  CallObservation NONE = new CallObservation() {};

  /**
   * The client looked the call up in its {@link ResponseCache} (only for a query the cache keeps: a
   * call that is not looked up is not told). On a hit nothing is sent: {@link #ended} follows, with
   * {@link CallOutcome#SUCCESS}; on a miss the call goes on to the server, and its answer is kept.
   *
   * @param hit whether the cache answered the call
   */
  default void cacheLookup(boolean hit) {}

  /**
   * The call waited for a slot of its token's rate limit (or of the client's concurrency limit, or
   * of a shared limiter) before an attempt: told only when it waited.
   *
   * @param waited how long
   */
  default void throttled(Duration waited) {}

  /**
   * An attempt is being sent.
   *
   * @param attempt its number, from 1
   */
  default void attemptStarted(int attempt) {}

  /**
   * An attempt ended: with an HTTP answer ({@code status}), or without one ({@code status} 0 and
   * the {@code failure}: a timeout, a connection refused).
   *
   * @param attempt its number, from 1
   * @param status the HTTP status, or 0 when there was no answer
   * @param took from sending to the answer or failure
   * @param failure what went wrong without an answer; {@code null} with one
   */
  default void attemptEnded(int attempt, int status, Duration took, @Nullable Throwable failure) {}

  /**
   * The client will attempt the call again.
   *
   * @param reason why
   * @param nextAttempt the number the next attempt will have
   * @param after how long the client waits first (a {@code Retry-After}, or its backoff)
   */
  default void retrying(RetryReason reason, int nextAttempt, Duration after) {}

  /**
   * The rate-limit counters an answer carried ({@link RateLimitInfo#UNKNOWN}'s fields empty when it
   * carried none).
   *
   * @param info the counters
   */
  default void rateLimit(RateLimitInfo info) {}

  /**
   * The call ended.
   *
   * @param outcome how
   * @param failure the exception the call ended with (an {@link OptixGqlException}), or {@code
   *     null}: for {@link CallOutcome#SUCCESS}, and for {@link CallOutcome#ERRORS} returned in a
   *     {@code Response}
   * @param took from the start of the call to its end, waits and retries included
   */
  default void ended(CallOutcome outcome, @Nullable Throwable failure, Duration took) {}
}
