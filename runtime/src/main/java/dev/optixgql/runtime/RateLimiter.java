package dev.optixgql.runtime;

/**
 * A per-token request budget shared beyond one client: several app instances behind a load balancer
 * each run an {@link OptixClient}, and Optix counts one organization's requests together, 60 a
 * minute. With {@link OptixClient.Builder#rateLimiter}, every request first takes a slot of the
 * client's own window (the in-process limit, which stays), then one from this limiter; the {@code
 * optixgql-distributed} module implements it on Bucket4j over PostgreSQL.
 *
 * <p>Keys are tokens' fingerprints (a SHA-256 prefix), never tokens. Calls may do I/O but should
 * return promptly: {@link #tryTake} runs on the calling thread for the first try and on the
 * client's timer thread for later ones. An exception from either method fails the call that needed
 * the slot with {@link RateLimiterUnavailableException}; nothing is sent without a slot.
 */
public interface RateLimiter {
  /**
   * Takes one request's slot for {@code key} if one is free now and returns 0; else returns how
   * many nanoseconds to wait before asking again (positive), taking nothing.
   */
  long tryTake(String key);

  /**
   * Gives back a slot {@link #tryTake} took for a request the server did not count: it was refused
   * with HTTP 429, or never sent. May be a no-op for limiters that cannot refund.
   */
  void giveBack(String key);
}
