package dev.optixgql.runtime.internal;

import dev.optixgql.runtime.CallListener;
import dev.optixgql.runtime.CallObservation;
import dev.optixgql.runtime.CallOutcome;
import dev.optixgql.runtime.CallStart;
import dev.optixgql.runtime.GraphQLErrorsException;
import dev.optixgql.runtime.RateLimitInfo;
import dev.optixgql.runtime.RateLimitedException;
import dev.optixgql.runtime.RetryReason;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One call's observation point: forwards each step to the {@link CallListener}'s observation (what
 * that throws is dropped) and writes the client's log lines to {@link CallListener#LOGGER}: one
 * {@code DEBUG} line at the end of a call, a {@code WARNING} on each retry and on a refusal by the
 * rate limit. Nothing it logs or forwards holds a token: names, types, statuses, durations and
 * counters only, and for a failure its exception's class.
 *
 * <p>{@link #QUIET} serves every call when there is no listener and {@code DEBUG} is off: it keeps
 * no state and logs only warnings, so an unwatched call allocates and measures nothing more.
 */
public class CallWatch {
  static final Logger LOG = System.getLogger(CallListener.LOGGER);

  /** For calls nobody watches: warnings only. */
  public static final CallWatch QUIET = new CallWatch();

  CallWatch() {}

  /** The watch for a call starting now: {@link #QUIET}, or one that observes and logs it. */
  public static CallWatch start(@Nullable CallListener listener, CallStart call) {
    boolean debug = LOG.isLoggable(Level.DEBUG);
    if (listener == null && !debug) {
      return QUIET;
    }
    CallObservation observation = CallObservation.NONE;
    if (listener != null) {
      try {
        CallObservation given = listener.callStarted(call);
        observation = given == null ? CallObservation.NONE : given;
      } catch (RuntimeException e) {
        // a listener's failure is not the call's
      }
    }
    return new Observed(call, observation, debug);
  }

  /** A lookup in the response cache ({@code hit}: the call is answered without a request). */
  void cacheLookup(boolean hit) {}

  void throttled(long nanos) {}

  void attemptStarted() {}

  void attemptEnded(int status, @Nullable Throwable failure) {}

  void rateLimit(RateLimitInfo info) {}

  /** A retry: a warning in the log, whoever watches. */
  void retrying(String name, RetryReason reason, Duration after) {
    if (LOG.isLoggable(Level.WARNING)) {
      LOG.log(
          Level.WARNING,
          name + ": " + describe(reason) + "; retrying in " + after.toMillis() + " ms");
    }
  }

  /** The end of a call ({@code failure} null on success or errors returned in a response). */
  public void ended(String name, @Nullable Throwable failure, boolean errors) {
    if (failure instanceof RateLimitedException && LOG.isLoggable(Level.WARNING)) {
      LOG.log(
          Level.WARNING,
          name
              + ": refused by the rate limit, not retried ("
              + failure.getClass().getSimpleName()
              + ")");
    }
  }

  /** The outcome a call ended with. */
  static CallOutcome outcome(@Nullable Throwable failure, boolean errors) {
    if (failure == null) {
      return errors ? CallOutcome.ERRORS : CallOutcome.SUCCESS;
    }
    return failure instanceof GraphQLErrorsException ? CallOutcome.ERRORS : CallOutcome.FAILED;
  }

  private static String describe(RetryReason reason) {
    return switch (reason) {
      case RATE_LIMITED -> "HTTP 429, refused by the rate limit";
      case UNAVAILABLE -> "the server was unavailable (HTTP 502/503/504)";
      case TRANSPORT -> "no answer (timeout or connection failure)";
      case TOKEN_REFRESHED -> "unauthenticated, retrying with the provider's newer token";
    };
  }

  /** A watched call: its state, its listener's observation, its DEBUG line. */
  private static final class Observed extends CallWatch {
    private final CallStart call;
    private final CallObservation observation;
    private final boolean debug;
    private final long started = System.nanoTime();
    private long attemptStarted;
    private long throttledNanos;
    private int attempts;
    private int lastStatus;
    private boolean fromCache;
    private RateLimitInfo lastRateLimit = RateLimitInfo.UNKNOWN;

    Observed(CallStart call, CallObservation observation, boolean debug) {
      this.call = call;
      this.observation = observation;
      this.debug = debug;
    }

    @Override
    void cacheLookup(boolean hit) {
      fromCache = hit;
      try {
        observation.cacheLookup(hit);
      } catch (RuntimeException e) {
        // dropped
      }
    }

    @Override
    void throttled(long nanos) {
      throttledNanos += nanos;
      try {
        observation.throttled(Duration.ofNanos(nanos));
      } catch (RuntimeException e) {
        // dropped: see CallListener
      }
    }

    @Override
    void attemptStarted() {
      attempts++;
      attemptStarted = System.nanoTime();
      try {
        observation.attemptStarted(attempts);
      } catch (RuntimeException e) {
        // dropped
      }
    }

    @Override
    void attemptEnded(int status, @Nullable Throwable failure) {
      lastStatus = status;
      try {
        observation.attemptEnded(
            attempts, status, Duration.ofNanos(System.nanoTime() - attemptStarted), failure);
      } catch (RuntimeException e) {
        // dropped
      }
    }

    @Override
    void rateLimit(RateLimitInfo info) {
      lastRateLimit = info;
      try {
        observation.rateLimit(info);
      } catch (RuntimeException e) {
        // dropped
      }
    }

    @Override
    void retrying(String name, RetryReason reason, Duration after) {
      super.retrying(name, reason, after);
      try {
        observation.retrying(reason, attempts + 1, after);
      } catch (RuntimeException e) {
        // dropped
      }
    }

    @Override
    public void ended(String name, @Nullable Throwable failure, boolean errors) {
      super.ended(name, failure, errors);
      CallOutcome outcome = outcome(failure, errors);
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      try {
        observation.ended(outcome, failure, took);
      } catch (RuntimeException e) {
        // dropped
      }
      if (debug) {
        LOG.log(Level.DEBUG, line(outcome, failure, took));
      }
    }

    private String line(CallOutcome outcome, @Nullable Throwable failure, Duration took) {
      StringBuilder line =
          new StringBuilder(call.operationType()).append(' ').append(call.operationName());
      if (call.operations() > 1) {
        line.append(" of ").append(call.operations());
      }
      line.append(" (")
          .append(call.client())
          .append("): ")
          .append(outcome.name().toLowerCase(Locale.ROOT));
      if (failure != null) {
        line.append(' ').append(failure.getClass().getSimpleName());
      }
      line.append(" in ").append(took.toMillis()).append(" ms, ");
      if (fromCache) {
        return line.append("from the response cache").toString();
      }
      line.append(attempts).append(attempts == 1 ? " attempt" : " attempts");
      if (lastStatus > 0) {
        line.append(", HTTP ").append(lastStatus);
      }
      if (throttledNanos > 0) {
        line.append(", throttled ").append(throttledNanos / 1_000_000).append(" ms");
      }
      if (lastRateLimit.remaining().isPresent()) {
        line.append(", rate limit ").append(lastRateLimit.remaining().getAsInt());
        lastRateLimit.limit().ifPresent(limit -> line.append('/').append(limit));
        line.append(" left");
      }
      return line.toString();
    }
  }
}
