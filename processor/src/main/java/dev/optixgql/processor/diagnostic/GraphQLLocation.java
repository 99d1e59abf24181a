package dev.optixgql.processor.diagnostic;

/**
 * A position in a {@code .graphql} or snapshot file, printed as {@code path:line:column} with the
 * path relative to the project.
 */
public record GraphQLLocation(String path, int line, int column) {
  @Override
  public String toString() {
    if (line <= 0) {
      return path;
    }
    return path + ":" + line + ":" + column;
  }
}
