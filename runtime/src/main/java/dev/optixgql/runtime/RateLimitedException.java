package dev.optixgql.runtime;

/**
 * Thrown when the rate limit leaves no way to finish a call in time: the server answered 429 and no
 * retry fits (or the call may not be retried), or the client-side limit would make it wait past its
 * deadline. Carries the server's counters when it sent them.
 */
public final class RateLimitedException extends OptixGqlException {
  private static final long serialVersionUID = 1L;

  private final transient RateLimitInfo rateLimit;

  /**
   * Creates the exception.
   *
   * @param message why the call could not finish, naming it; must not contain a token
   * @param rateLimit the server's counters, or {@link RateLimitInfo#UNKNOWN} when it sent none
   */
  public RateLimitedException(String message, RateLimitInfo rateLimit) {
    super(message);
    this.rateLimit = rateLimit;
  }

  /**
   * The server's rate-limit counters from the response that refused the call.
   *
   * @return the counters; {@link RateLimitInfo#UNKNOWN} when the server sent none or the
   *     client-side limit stopped the call
   */
  public RateLimitInfo rateLimit() {
    return rateLimit;
  }
}
