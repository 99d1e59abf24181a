package dev.optixgql.sandbox.json;

/** Signals an HTTP request the sandbox cannot read as GraphQL; answered with HTTP 400. */
public final class MalformedRequestException extends Exception {
  private static final long serialVersionUID = 1L;

  public MalformedRequestException(String message) {
    super(message);
  }
}
