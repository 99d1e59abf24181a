package dev.optixgql.runtime;

/** Thrown when the server answers with an HTTP status other than 200 and no GraphQL errors. */
public final class HttpStatusException extends OptixGqlException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;

  public HttpStatusException(String operationName, int statusCode, String bodyExcerpt) {
    super(
        "Operation "
            + operationName
            + " failed: HTTP "
            + statusCode
            + (bodyExcerpt.isEmpty() ? "" : ": " + bodyExcerpt));
    this.statusCode = statusCode;
  }

  public int statusCode() {
    return statusCode;
  }
}
