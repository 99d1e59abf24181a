package dev.optixgql.runtime;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a response carries GraphQL errors; it holds every error and whatever data the server
 * returned beside them (partial data, or {@code null}).
 */
public final class GraphQLErrorsException extends OptixGqlException {
  private static final long serialVersionUID = 1L;

  private final String operationName;
  private final List<GraphQLError> errors;
  private final transient @Nullable Object partialData;

  public GraphQLErrorsException(
      String operationName, List<GraphQLError> errors, @Nullable Object partialData) {
    super(message(operationName, errors, partialData));
    this.operationName = operationName;
    this.errors = List.copyOf(errors);
    this.partialData = partialData;
  }

  /** How many errors the message lists; {@link #errors()} has them all. */
  static final int LISTED_ERRORS = 10;

  /** How much of each listed error the message shows. */
  static final int ERROR_CHARS = 300;

  private static String message(String operation, List<GraphQLError> errors, Object data) {
    String listed =
        errors.stream()
            .limit(LISTED_ERRORS)
            .map(GraphQLError::toString)
            .map(e -> e.length() <= ERROR_CHARS ? e : e.substring(0, ERROR_CHARS) + "…")
            .collect(Collectors.joining("; "));
    if (errors.size() > LISTED_ERRORS) {
      listed += "; and " + (errors.size() - LISTED_ERRORS) + " more (see errors())";
    }
    return "Operation "
        + operation
        + " failed with "
        + errors.size()
        + (errors.size() == 1 ? " error" : " errors")
        + (data == null ? "" : " (partial data returned)")
        + ": "
        + listed;
  }

  public String operationName() {
    return operationName;
  }

  public List<GraphQLError> errors() {
    return errors;
  }

  /** The data returned with the errors, typed as the operation's {@code Data}, or {@code null}. */
  public @Nullable Object partialData() {
    return partialData;
  }

  /** The partial data cast to the operation's data type, or {@code null}. */
  public <D> @Nullable D partialData(Operation<D> operation) {
    return operation.dataType().cast(partialData);
  }
}
