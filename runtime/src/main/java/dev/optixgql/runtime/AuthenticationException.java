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

  private final int statusCode;
  private final List<GraphQLError> errors;

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

  /** 401, or 200 when the server said {@code Unauthenticated.} in a GraphQL error. */
  public int statusCode() {
    return statusCode;
  }

  /** The errors the server sent with the refusal (redacted), possibly none. */
  public List<GraphQLError> errors() {
    return errors;
  }
}
