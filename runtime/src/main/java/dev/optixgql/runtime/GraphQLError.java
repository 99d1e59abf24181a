package dev.optixgql.runtime;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a response's {@code errors} array (GraphQL spec §7.1.2).
 *
 * @param message the error's message
 * @param locations where in the document it arose; empty when the server gave none
 * @param path the response path of the field that failed: {@code String} keys and {@code Integer}
 *     list indices; empty when the error is not tied to a field
 * @param extensionsJson the {@code extensions} object as raw JSON, or {@code null}
 */
public record GraphQLError(
    String message, List<Location> locations, List<Object> path, @Nullable String extensionsJson) {

  /**
   * Copies {@code locations} and {@code path} into unmodifiable lists.
   *
   * @param message the error's message
   * @param locations where in the document it arose; empty when the server gave none
   * @param path the response path of the field that failed; empty when not tied to a field
   * @param extensionsJson the {@code extensions} object as raw JSON, or {@code null}
   */
  public GraphQLError {
    locations = List.copyOf(locations);
    path = List.copyOf(path);
  }

  /**
   * A line and column in the operation's document, both starting at 1.
   *
   * @param line the line, 1 for the first
   * @param column the column, 1 for the first character of the line
   */
  public record Location(int line, int column) {}

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(message);
    if (!path.isEmpty()) {
      out.append(" (at ");
      for (int i = 0; i < path.size(); i++) {
        Object segment = path.get(i);
        if (segment instanceof Integer) {
          out.append('[').append(segment).append(']');
        } else {
          out.append(i == 0 ? "" : ".").append(segment);
        }
      }
      out.append(')');
    }
    return out.toString();
  }
}
