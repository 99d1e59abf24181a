package dev.optixgql.maven.schema;

import graphql.language.SourceLocation;

/** {@code file:line:col} for a parsed node, as every check-schema message starts. */
final class Locations {
  private Locations() {}

  static String of(SourceLocation at) {
    return file(at) + ":" + line(at) + ":" + column(at);
  }

  static String file(SourceLocation at) {
    return at == null || at.getSourceName() == null ? "?" : at.getSourceName();
  }

  static int line(SourceLocation at) {
    return at == null ? 0 : at.getLine();
  }

  static int column(SourceLocation at) {
    return at == null ? 0 : at.getColumn();
  }
}
