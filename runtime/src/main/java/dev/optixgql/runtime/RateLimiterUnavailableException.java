package dev.optixgql.runtime;

/**
 * Thrown when the shared {@link RateLimiter} failed (its database was unreachable, say): the call
 * was not sent, since sending without a slot could spend another instance's share of the budget.
 */
public final class RateLimiterUnavailableException extends OptixGqlException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed; must not contain a token
   * @param cause the exception the limiter threw
   */
  public RateLimiterUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
