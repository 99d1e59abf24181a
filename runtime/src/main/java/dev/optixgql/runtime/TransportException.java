package dev.optixgql.runtime;

/** Thrown when the request could not be sent or the response not received (I/O, timeout). */
public final class TransportException extends OptixGqlException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, naming the call; must not contain a token
   * @param cause the I/O failure, timeout or interruption
   */
  public TransportException(String message, Throwable cause) {
    super(message, cause);
  }
}
