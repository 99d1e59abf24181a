package dev.optixgql.runtime;

/**
 * Watches the calls an {@link OptixClient} makes, for metrics, traces or logs of your own: set one
 * with {@link OptixClient.Builder#callListener}. For each call (one operation, or one batch) the
 * client asks it for a {@link CallObservation} when the call starts, and tells that observation
 * each step: the wait for a throttle slot, every attempt with its HTTP status and duration, each
 * retry and why, the rate-limit counters each answer carried, and the end with its outcome.
 *
 * <p>A listener is called on the thread running the call's step (the caller's thread for a blocking
 * call, the client's executor for an async one), so it must be quick and thread-safe, and must not
 * throw: what it throws is caught and dropped, and the call goes on. Nothing it is given holds a
 * token. Without a listener, the client creates no observation and measures nothing beyond its own
 * log line ({@code System.Logger} {@value #LOGGER}: one {@code DEBUG} line per call, {@code
 * WARNING} on each retry and on a refusal by the rate limit).
 */
@FunctionalInterface
public interface CallListener {
  /** The name of the {@link System.Logger} the client logs its calls to. */
  String LOGGER = "dev.optixgql.runtime.OptixClient";

  /**
   * A call starts: what watches its steps.
   *
   * @param call its operation's name and type, the client, and how many operations it sends
   * @return the observation of this call; {@link CallObservation#NONE} to watch nothing of it
   */
  CallObservation callStarted(CallStart call);
}
