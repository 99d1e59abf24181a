package dev.optixgql.runtime;

/**
 * Thrown when the rate limit leaves no way to finish a call in time: the server answered 429 and no
 * retry fits (or the call may not be retried), or the client-side limit would make it wait past its
 * deadline. Carries the server's counters when it sent them.
 */
public final class RateLimitedException extends OptixGqlException {
  private static final long serialVersionUID = 1L;

  private final transient RateLimitInfo rateLimit;

  public RateLimitedException(String message, RateLimitInfo rateLimit) {
    super(message);
    this.rateLimit = rateLimit;
  }

  public RateLimitInfo rateLimit() {
    return rateLimit;
  }
}
