package dev.optixgql.runtime;

/** Thrown when the server answers with an HTTP status other than 200 and no GraphQL errors. */
public final class HttpStatusException extends OptixGqlException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status the server answered with. */
  private final int statusCode;

  /**
   * Creates the exception; its message names the operation, the status and the body's start.
   *
   * @param operationName the name of the operation (or batch) that failed
   * @param statusCode the HTTP status the server answered with
   * @param bodyExcerpt the start of the response body, already redacted; empty for none
   */
  public HttpStatusException(String operationName, int statusCode, String bodyExcerpt) {
    super(
        "Operation "
            + operationName
            + " failed: HTTP "
            + statusCode
            + (bodyExcerpt.isEmpty() ? "" : ": " + bodyExcerpt));
    this.statusCode = statusCode;
  }

  /**
   * The status the server answered with.
   *
   * @return the HTTP status code, such as 400 or 500
   */
  public int statusCode() {
    return statusCode;
  }
}
