package dev.optixgql.runtime;

/**
 * An operation's variables could not be written as the schema requires, so nothing was sent: a
 * {@code null} where the type is non-null (an element of a {@code [Int!]} list, say), found while
 * the request body was being written. {@link #path()} names the variable and where in it, e.g.
 * {@code ids[2]} or {@code input.bookings[0].resource_id}.
 */
public final class InvalidVariableException extends OptixGqlException {
  private static final long serialVersionUID = 1L;

  /** The variable and where in it the value is, as {@link #path()} returns it. */
  private final String path;

  /**
   * A variable refused before sending.
   *
   * @param operationName the operation whose variables were being written
   * @param path the variable and, inside it, the field names and list indexes leading to the value
   * @param problem what is wrong there, e.g. "is null, but its type is non-null"
   */
  public InvalidVariableException(String operationName, String path, String problem) {
    super(
        "Cannot send "
            + operationName
            + ": variable "
            + path
            + " "
            + problem
            + ". Nothing was sent.");
    this.path = path;
  }

  /**
   * Where the value is: the variable's name, then field names and list indexes.
   *
   * @return the path, e.g. {@code ids[2]}
   */
  public String path() {
    return path;
  }
}
