package dev.optixgql.runtime;

/** Thrown when the request could not be sent or the response not received (I/O, timeout). */
public final class TransportException extends OptixGqlException {
  private static final long serialVersionUID = 1L;

  public TransportException(String message, Throwable cause) {
    super(message, cause);
  }
}
