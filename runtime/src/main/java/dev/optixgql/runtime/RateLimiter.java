package dev.optixgql.runtime;

/**
 * A per-token request budget shared beyond one client: several app instances behind a load balancer
 * each run an {@link OptixClient}, and Optix counts one organization's requests together, 60 a
 * minute. With {@link OptixClient.Builder#rateLimiter}, every request first takes a slot of the
 * client's own window (the in-process limit, which stays), then one from this limiter; the {@code
 * optixgql-distributed} module implements it on Bucket4j over PostgreSQL.
 *
 * <p>Keys are tokens' fingerprints (a SHA-256 prefix), never tokens. A request takes its slot as
 * late as possible: after its slot of the client's window and its place among the requests on the
 * wire, right before it is sent, because Optix counts a request when it arrives. {@link #tryTake}
 * runs there, on the calling thread (synchronous calls) or the client's executor (asynchronous
 * ones), so it may do I/O but should be quick (use a connection pool); {@link #giveBack} runs where
 * a slot is given back. An exception from {@code tryTake} fails the call with {@link
 * RateLimiterUnavailableException}: nothing is sent without a slot.
 */
public interface RateLimiter {
  /**
   * Takes one request's slot for {@code key} if one is free now and returns 0; else returns how
   * many nanoseconds to wait before asking again (positive), taking nothing.
   *
   * @param key the fingerprint of the token the request is sent with
   * @return 0 when a slot was taken, else the nanoseconds to wait
   */
  long tryTake(String key);

  /**
   * Gives back a slot {@link #tryTake} took for a request the server did not count: it was refused
   * with HTTP 429, or never sent. May be a no-op for limiters that cannot refund.
   *
   * @param key the fingerprint the slot was taken for
   */
  void giveBack(String key);
}
