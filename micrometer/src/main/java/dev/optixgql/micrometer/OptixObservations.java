package dev.optixgql.micrometer;

import dev.optixgql.runtime.CallListener;
import dev.optixgql.runtime.CallObservation;
import dev.optixgql.runtime.CallOutcome;
import dev.optixgql.runtime.CallStart;
import dev.optixgql.runtime.RateLimitInfo;
import dev.optixgql.runtime.RetryReason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Every call of an {@link dev.optixgql.runtime.OptixClient} as a Micrometer {@link Observation}:
 * give it to the builder ({@code .callListener(OptixObservations.of(observations, meters))}).
 *
 * <p>With the observation registry's usual handlers that is one module's worth of telemetry:
 *
 * <ul>
 *   <li>{@value #CALL}: one observation per call (one operation, or one batch), named for its
 *       operation ({@code query BookingsWindow}), tagged {@code graphql.operation.name}, {@code
 *       graphql.operation.type} (OpenTelemetry's GraphQL attributes), {@code optixgql.client},
 *       {@code optixgql.outcome} ({@code success}, {@code errors}, {@code failed}) and {@code
 *       optixgql.cache} ({@code hit}: answered by the client's response cache without a request;
 *       {@code miss}: looked up there, then sent; {@code none}: not a query the cache keeps), its
 *       error the exception a call failed with: a timer per operation, type and outcome through
 *       Micrometer's meter handler, a span per call through Micrometer Tracing;
 *   <li>{@value #ATTEMPT}: a child observation per attempt, tagged {@code
 *       http.response.status_code} ({@code none} when there was no answer), so a span per attempt
 *       under the call's;
 *   <li>meters of their own: {@value #RETRIES} (tag {@code reason}: {@code rate_limited}, {@code
 *       unavailable}, {@code transport}, {@code token_refreshed}), {@value #RATE_LIMITED} (answers
 *       with HTTP 429), {@value #THROTTLED} (a timer of the waits for a slot of the client's own
 *       rate limit), and the gauge {@value #LOWEST_REMAINING}: the fewest requests left in any
 *       token's window that an answer reported in the last minute ({@code NaN} when none did).
 * </ul>
 *
 * <p>No tag names a token or an organization, so the number of meters depends on the application's
 * operations only, however many organizations it serves.
 */
public final class OptixObservations implements CallListener {
  /** The name of a call's observation (and of its timer). */
  public static final String CALL = "optixgql.client.call";

  /** The name of an attempt's observation. */
  public static final String ATTEMPT = "optixgql.client.attempt";

  /** Counter of retries, by reason. */
  public static final String RETRIES = "optixgql.client.retries";

  /** Counter of answers refused by the server's rate limit (HTTP 429). */
  public static final String RATE_LIMITED = "optixgql.client.rate_limited";

  /** Timer of the waits for a slot of the client's own rate limit. */
  public static final String THROTTLED = "optixgql.client.throttled";

  /** Gauge of the fewest requests left in a token's window, reported in the last minute. */
  public static final String LOWEST_REMAINING = "optixgql.client.rate_limit.remaining.lowest";

  private static final String CACHE = "optixgql.cache";

  private final ObservationRegistry observations;
  private final Map<RetryReason, Counter> retries = new EnumMap<>(RetryReason.class);
  private final Counter rateLimited;
  private final Timer throttled;
  private final LowestRemaining lowest = new LowestRemaining(System::nanoTime);

  private OptixObservations(ObservationRegistry observations, MeterRegistry meters) {
    this.observations = Objects.requireNonNull(observations, "observations");
    Objects.requireNonNull(meters, "meters");
    for (RetryReason reason : RetryReason.values()) {
      retries.put(
          reason,
          Counter.builder(RETRIES)
              .description("Attempts of an Optix call made again, by reason")
              .tag("reason", reason.name().toLowerCase(Locale.ROOT))
              .register(meters));
    }
    rateLimited =
        Counter.builder(RATE_LIMITED)
            .description("Answers refused by Optix's rate limit (HTTP 429)")
            .register(meters);
    throttled =
        Timer.builder(THROTTLED)
            .description("Waits for a slot of the client's own rate limit before sending")
            .register(meters);
    Gauge.builder(LOWEST_REMAINING, lowest, LowestRemaining::value)
        .description(
            "The fewest requests left in a token's window that an answer reported in the last minute")
        .register(meters);
  }

  /**
   * The listener for a client.
   *
   * @param observations where each call's and attempt's observation is made (its handlers make the
   *     timers and spans)
   * @param meters where the retry, rate-limit and throttle meters are registered
   * @return the listener
   */
  public static OptixObservations of(ObservationRegistry observations, MeterRegistry meters) {
    return new OptixObservations(observations, meters);
  }

  @Override
  public CallObservation callStarted(CallStart call) {
    Observation observation =
        Observation.createNotStarted(CALL, observations)
            .contextualName(call.operationType() + " " + call.operationName())
            .lowCardinalityKeyValue("graphql.operation.name", call.operationName())
            .lowCardinalityKeyValue("graphql.operation.type", call.operationType())
            .lowCardinalityKeyValue("optixgql.client", call.client())
            .lowCardinalityKeyValue(CACHE, "none")
            .start();
    return new Watched(observation);
  }

  /** One call's observation and its current attempt's. */
  private final class Watched implements CallObservation {
    private final Observation call;
    private Observation attempt = Observation.NOOP;

    Watched(Observation call) {
      this.call = call;
    }

    @Override
    public void cacheLookup(boolean hit) {
      call.lowCardinalityKeyValue(CACHE, hit ? "hit" : "miss");
    }

    @Override
    public void throttled(Duration waited) {
      throttled.record(waited);
    }

    @Override
    public void attemptStarted(int number) {
      attempt =
          Observation.createNotStarted(ATTEMPT, observations)
              .parentObservation(call)
              .contextualName("attempt " + number)
              .start();
    }

    @Override
    public void attemptEnded(int number, int status, Duration took, Throwable failure) {
      if (status == 429) {
        rateLimited.increment();
      }
      attempt.lowCardinalityKeyValue(
          "http.response.status_code", status == 0 ? "none" : Integer.toString(status));
      if (failure != null) {
        attempt.error(failure);
      }
      attempt.stop();
    }

    @Override
    public void retrying(RetryReason reason, int nextAttempt, Duration after) {
      retries.get(reason).increment();
      call.event(Observation.Event.of("optixgql.retry." + reason.name().toLowerCase(Locale.ROOT)));
    }

    @Override
    public void rateLimit(RateLimitInfo info) {
      info.remaining().ifPresent(lowest::seen);
    }

    @Override
    public void ended(CallOutcome outcome, Throwable failure, Duration took) {
      call.lowCardinalityKeyValue("optixgql.outcome", outcome.name().toLowerCase(Locale.ROOT));
      if (failure != null) {
        call.error(failure);
      }
      call.stop();
    }
  }
}
