package dev.optixgql.runtime;

/**
 * Thrown when a response cannot be decoded into the operation's types: malformed or truncated JSON,
 * a missing non-null field, or a value of an unexpected type. Names the JSON path.
 */
public final class ResponseDecodingException extends OptixGqlException {
  private static final long serialVersionUID = 1L;

  /** The JSON pointer of the offending value. */
  private final String jsonPath;

  /** What is wrong at that path. */
  private final String problem;

  /**
   * Creates the exception; its message gives the path and the problem.
   *
   * @param jsonPath the JSON pointer of the offending value, {@code /} for the whole response
   * @param problem what is wrong there; must not contain a token
   * @param cause the parser's or reader's exception, or {@code null}
   */
  public ResponseDecodingException(String jsonPath, String problem, Throwable cause) {
    super("Cannot decode the response at " + jsonPath + ": " + problem, cause);
    this.jsonPath = jsonPath;
    this.problem = problem;
  }

  /**
   * What is wrong there, e.g. {@code expected a number but found a string}.
   *
   * @return the problem, without the path
   */
  public String problem() {
    return problem;
  }

  /**
   * The JSON pointer of the offending value, e.g. {@code /data/bookings/data/3/start}.
   *
   * @return the pointer; {@code /} when the response as a whole could not be read
   */
  public String jsonPath() {
    return jsonPath;
  }
}
