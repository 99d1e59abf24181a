package dev.optixgql.runtime;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A whole GraphQL response: data (possibly partial, possibly null), errors (possibly empty) and the
 * server's rate-limit counters.
 *
 * @param <D> the operation's {@code Data} record
 */
public record Response<D>(
    String operationName, @Nullable D data, List<GraphQLError> errors, RateLimitInfo rateLimit) {

  public Response {
    errors = List.copyOf(errors);
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** The data when there are no errors; else throws {@link GraphQLErrorsException}. */
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
