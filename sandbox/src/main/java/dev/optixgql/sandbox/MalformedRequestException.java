package dev.optixgql.sandbox;

/** Signals an HTTP request the sandbox cannot read as GraphQL; answered with HTTP 400. */
final class MalformedRequestException extends Exception {
  private static final long serialVersionUID = 1L;

  MalformedRequestException(String message) {
    super(message);
  }
}
