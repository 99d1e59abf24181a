package dev.optixgql.runtime;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when the server refused the token (HTTP 401, or Optix's {@code Unauthenticated.} error at
 * HTTP 200) and the token provider had no newer one to retry with: the token expired, was revoked,
 * or belongs to an app uninstalled from the organization. Nothing ran on the server.
 */
public final class AuthenticationException extends OptixGqlException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status of the refusal: 401, or 200 for Optix's {@code Unauthenticated.} error. */
  private final int statusCode;

  /** The errors the server sent with the refusal, redacted. */
  private final List<GraphQLError> errors;

  /**
   * Creates the exception; its message names the operation, the status and up to three errors.
   *
   * @param operationName the name of the refused operation (or batch)
   * @param statusCode 401, or 200 when the refusal came as a GraphQL error
   * @param errors the errors sent with the refusal, already redacted; possibly empty
   */
  public AuthenticationException(String operationName, int statusCode, List<GraphQLError> errors) {
    super(
        "Operation "
            + operationName
            + " was refused: the token is not accepted (HTTP "
            + statusCode
            + (errors.isEmpty()
                ? ""
                : ": "
                    + errors.stream()
                        .limit(3)
                        .map(GraphQLError::message)
                        .map(m -> m.length() <= 200 ? m : m.substring(0, 200) + "…")
                        .collect(Collectors.joining("; ")))
            + ") and the token provider had no newer one. Nothing ran on the server.");
    this.statusCode = statusCode;
    this.errors = List.copyOf(errors);
  }

  /**
   * 401, or 200 when the server said {@code Unauthenticated.} in a GraphQL error.
   *
   * @return the HTTP status of the refused response
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * The errors the server sent with the refusal (redacted), possibly none.
   *
   * @return the errors, unmodifiable; empty when a 401 carried none
   */
  public List<GraphQLError> errors() {
    return errors;
  }
}
