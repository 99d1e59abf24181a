package dev.optixgql.runtime;

/** The root of every exception the runtime throws; messages never contain a token. */
public class OptixGqlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong; must not contain a token
   */
  public OptixGqlException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the failure that caused it.
   *
   * @param message what went wrong; must not contain a token
   * @param cause the underlying failure, whose messages must not contain a token either
   */
  public OptixGqlException(String message, Throwable cause) {
    super(message, cause);
  }
}
