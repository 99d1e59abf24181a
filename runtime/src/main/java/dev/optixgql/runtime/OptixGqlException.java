package dev.optixgql.runtime;

/** The root of every exception the runtime throws; messages never contain a token. */
public class OptixGqlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OptixGqlException(String message) {
    super(message);
  }

  public OptixGqlException(String message, Throwable cause) {
    super(message, cause);
  }
}
