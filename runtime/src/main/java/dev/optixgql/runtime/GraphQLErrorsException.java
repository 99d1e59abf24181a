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

  /** The name of the operation (or batch) that failed. */
  private final String operationName;

  /** Every error of the response, redacted. */
  private final List<GraphQLError> errors;

  private final transient @Nullable Object partialData;

  /**
   * Creates the exception; its message lists the first errors, shortened, and {@link #errors()}
   * keeps them all.
   *
   * @param operationName the name of the operation (or batch) that failed
   * @param errors the errors the response carried, already redacted
   * @param partialData the data returned beside them, or {@code null}
   */
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

  /**
   * The name of the operation that failed.
   *
   * @return the operation's name, or {@code batch of N} for a batch the server refused as a whole
   */
  public String operationName() {
    return operationName;
  }

  /**
   * Every error of the response, not only those the message lists.
   *
   * @return the errors in the order the server sent them, redacted and unmodifiable
   */
  public List<GraphQLError> errors() {
    return errors;
  }

  /**
   * The data returned with the errors, typed as the operation's {@code Data}, or {@code null}.
   *
   * @return the partial data, or {@code null} when the server returned none
   */
  public @Nullable Object partialData() {
    return partialData;
  }

  /**
   * The partial data cast to the operation's data type, or {@code null}.
   *
   * @param operation the operation that failed, which gives the data's type
   * @param <D> the operation's data
   * @return the partial data as {@code D}, or {@code null} when the server returned none
   * @throws ClassCastException if the data belongs to another operation
   */
  public <D> @Nullable D partialData(Operation<D> operation) {
    return operation.dataType().cast(partialData);
  }
}
