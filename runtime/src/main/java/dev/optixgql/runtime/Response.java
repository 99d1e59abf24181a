package dev.optixgql.runtime;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A whole GraphQL response: data (possibly partial, possibly null), errors (possibly empty) and the
 * server's rate-limit counters.
 *
 * @param operationName the name of the operation answered
 * @param data the data, possibly partial; {@code null} when the server returned none
 * @param errors the GraphQL errors, redacted; empty when there were none
 * @param rateLimit the server's counters from the HTTP response that carried this one
 * @param <D> the operation's {@code Data} record
 */
public record Response<D>(
    String operationName, @Nullable D data, List<GraphQLError> errors, RateLimitInfo rateLimit) {

  /**
   * Copies {@code errors} into an unmodifiable list.
   *
   * @param operationName the name of the operation answered
   * @param data the data, possibly partial; {@code null} when the server returned none
   * @param errors the GraphQL errors, redacted; empty when there were none
   * @param rateLimit the server's counters from the HTTP response that carried this one
   */
  public Response {
    errors = List.copyOf(errors);
  }

  /**
   * Whether the server sent GraphQL errors.
   *
   * @return {@code true} when {@link #errors()} is not empty
   */
  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /**
   * The data when there are no errors; else throws {@link GraphQLErrorsException}.
   *
   * @return the data, never {@code null}
   * @throws GraphQLErrorsException if the response has errors, with its data as partial data
   * @throws ResponseDecodingException if the response has neither data nor errors
   */
  public D dataOrThrow() {
    if (!errors.isEmpty()) {
      throw new GraphQLErrorsException(operationName, errors, data);
    }
    if (data == null) {
      throw new ResponseDecodingException(
          "/data", "the response has neither data nor errors", null);
    }
    return data;
  }
}
