package dev.optixgql.processor.fuzz;

import dev.optixgql.processor.diagnostic.Diagnostic;
import dev.optixgql.processor.diagnostic.DiagnosticKind;
import dev.optixgql.processor.diagnostic.GraphQLLocation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How one variant ended: success, located errors (with their ids), or a failure of the processor:
 * an unlocated error about GraphQL text, an exception, or generated code javac rejects.
 *
 * @param ids the distinct ids of the errors reported
 * @param detail for a failure, what went wrong (a stack trace for an exception); else an error that
 *     names only its file, if any
 * @param fileLevel how many errors name their snapshot file but no line (allowed, but counted)
 */
record Outcome(Kind kind, Set<String> ids, String detail, int fileLevel) {
  Outcome(Kind kind, Set<String> ids, String detail) {
    this(kind, ids, detail, 0);
  }

  enum Kind {
    SUCCESS("success"),
    LOCATED("located errors"),
    UNLOCATED("unlocated error"),
    EXCEPTION("exception"),
    UNCOMPILABLE("generated code does not compile");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  /** Errors that are about Java code, options or output, not GraphQL text: no location needed. */
  static final Set<DiagnosticKind> NOT_ABOUT_GRAPHQL_TEXT =
      EnumSet.of(
          DiagnosticKind.SCHEMA_NOT_FOUND,
          DiagnosticKind.GRAPHQL_ROOT_NOT_FOUND,
          DiagnosticKind.INVALID_OPTION,
          DiagnosticKind.NOT_AN_INTERFACE,
          DiagnosticKind.MISSING_OPERATION_ANNOTATION,
          DiagnosticKind.UNKNOWN_OPERATION,
          DiagnosticKind.MISSING_PARAMETER,
          DiagnosticKind.UNKNOWN_PARAMETER,
          DiagnosticKind.PARAMETER_TYPE_MISMATCH,
          DiagnosticKind.RETURN_TYPE_MISMATCH,
          DiagnosticKind.CONFLICTING_GENERATED_TYPE,
          DiagnosticKind.INVALID_SCALAR_MAPPING);

  /** Errors about a whole snapshot file, which graphql-java cannot always place on a line. */
  static final Set<DiagnosticKind> SNAPSHOT_LEVEL =
      EnumSet.of(
          DiagnosticKind.SCHEMA_UNREADABLE,
          DiagnosticKind.SCHEMA_MALFORMED_JSON,
          DiagnosticKind.SCHEMA_NOT_INTROSPECTION,
          DiagnosticKind.SCHEMA_INVALID);

  boolean failed() {
    return kind != Kind.SUCCESS && kind != Kind.LOCATED;
  }

  /** Classifies the diagnostics a run collected (warnings are not looked at). */
  static Outcome of(List<Diagnostic> diagnostics) {
    Set<String> ids = new TreeSet<>();
    int fileLevel = 0;
    String example = null;
    for (Diagnostic d : diagnostics) {
      if (d.severity() != javax.tools.Diagnostic.Kind.ERROR) {
        continue;
      }
      ids.add(d.kind().id());
      if (d.location() != null && d.location().line() <= 0) {
        fileLevel++;
        example = example == null ? d.render() : example;
      }
      String problem = problem(d.kind(), d.location());
      if (problem != null) {
        return new Outcome(Kind.UNLOCATED, ids, problem + ": " + d.render());
      }
    }
    return new Outcome(ids.isEmpty() ? Kind.SUCCESS : Kind.LOCATED, ids, example, fileLevel);
  }

  private static String problem(DiagnosticKind kind, GraphQLLocation location) {
    if (kind == DiagnosticKind.INTERNAL) {
      return "an internal error";
    }
    if (NOT_ABOUT_GRAPHQL_TEXT.contains(kind)) {
      return null;
    }
    if (location == null || location.path() == null || location.path().isBlank()) {
      return "an error about GraphQL text without a location";
    }
    if (location.line() <= 0 && !SNAPSHOT_LEVEL.contains(kind)) {
      return "an error about GraphQL text without a line";
    }
    return null;
  }

  static Outcome exception(String stage, Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return new Outcome(Kind.EXCEPTION, Set.of(), "in stage " + stage + ": " + trace);
  }
}
