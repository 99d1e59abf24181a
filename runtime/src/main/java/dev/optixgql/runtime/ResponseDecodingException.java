package dev.optixgql.runtime;

/**
 * Thrown when a response cannot be decoded into the operation's types: malformed or truncated JSON,
 * a missing non-null field, or a value of an unexpected type. Names the JSON path.
 */
public final class ResponseDecodingException extends OptixGqlException {
  private static final long serialVersionUID = 1L;

  private final String jsonPath;

  private final String problem;

  public ResponseDecodingException(String jsonPath, String problem, Throwable cause) {
    super("Cannot decode the response at " + jsonPath + ": " + problem, cause);
    this.jsonPath = jsonPath;
    this.problem = problem;
  }

  /** What is wrong there, e.g. {@code expected a number but found a string}. */
  public String problem() {
    return problem;
  }

  /** The JSON pointer of the offending value, e.g. {@code /data/bookings/data/3/start}. */
  public String jsonPath() {
    return jsonPath;
  }
}
