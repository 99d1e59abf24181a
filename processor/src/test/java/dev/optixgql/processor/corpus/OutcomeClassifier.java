package dev.optixgql.processor.corpus;

import com.google.testing.compile.Compilation;
import dev.optixgql.processor.diagnostic.DiagnosticKind;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Sorts a compilation into a {@link CaseOutcome}: generated, failed with located errors, or a crash
 * (the processor's own bug), following STYLE.md's "Diagnostics are the product's face".
 */
final class OutcomeClassifier {
  /** javac's code for everything a processor prints through its {@code Messager}. */
  private static final String MESSAGER_CODE = "compiler.err.proc.messager";

  private static final Pattern ID = Pattern.compile("\\[OptixGql/(\\w+)]");

  /** {@code path:line:col: [OptixGql/…]}, as every diagnostic about GraphQL text starts. */
  private static final Pattern AT_LINE = Pattern.compile("^\\S[^\\n]*:\\d+:\\d+: \\[OptixGql/");

  /** {@code path: [OptixGql/…]}: a whole snapshot file may be named without a line. */
  private static final Pattern AT_FILE = Pattern.compile("^\\S[^\\n]*: \\[OptixGql/");

  /** Diagnostics about Java code or options: attached to an element, no GraphQL location. */
  private static final Set<DiagnosticKind> JAVA_SIDE =
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
          DiagnosticKind.DEPRECATED_USAGE,
          DiagnosticKind.UNMAPPED_SCALAR,
          DiagnosticKind.INVALID_SCALAR_MAPPING);

  /** Diagnostics about a snapshot file, which graphql-java does not always locate in it. */
  private static final Set<DiagnosticKind> SNAPSHOT_FILE =
      EnumSet.of(
          DiagnosticKind.SCHEMA_UNREADABLE,
          DiagnosticKind.SCHEMA_MALFORMED_JSON,
          DiagnosticKind.SCHEMA_NOT_INTROSPECTION,
          DiagnosticKind.SCHEMA_INVALID);

  private OutcomeClassifier() {}

  static CaseOutcome classify(Compilation compilation) {
    if (compilation.status() == Compilation.Status.SUCCESS) {
      return CaseOutcome.generated();
    }
    List<String> ours = new ArrayList<>();
    List<Diagnostic<? extends JavaFileObject>> javacs = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      String message = error.getMessage(Locale.ROOT);
      if (MESSAGER_CODE.equals(error.getCode()) || ID.matcher(message).find()) {
        ours.add(message);
      } else {
        javacs.add(error);
      }
    }
    for (String message : ours) {
      String problem = problem(message);
      if (problem != null) {
        return CaseOutcome.crash(firstLine(message), problem + ":\n" + message);
      }
    }
    for (Diagnostic<? extends JavaFileObject> error : javacs) {
      if (error.getSource() != null
          && error.getSource().toUri().toString().contains("SOURCE_OUTPUT")) {
        return CaseOutcome.crash(
            describe(error), "generated code does not compile:\n" + describeAll(javacs));
      }
    }
    if (ours.isEmpty()) {
      return CaseOutcome.crash(
          describe(javacs.get(0)),
          "javac errors that no optixgql error explains:\n" + describeAll(javacs));
    }
    return CaseOutcome.located(firstLine(ours.get(0)));
  }

  /** An exception that escaped javac (compile-testing rethrows what a processor throws). */
  static CaseOutcome escaped(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    String excerpt = trace.toString().lines().limit(25).collect(Collectors.joining("\n"));
    return CaseOutcome.crash("exception escaped javac: " + e, excerpt);
  }

  /** What is wrong with one of our errors for it to count as a crash, or {@code null}. */
  private static String problem(String message) {
    Matcher id = ID.matcher(message);
    if (!id.find()) {
      return "an optixgql error without an [OptixGql/…] id";
    }
    DiagnosticKind kind = kindOf(id.group(1));
    if (kind == DiagnosticKind.INTERNAL) {
      return "[OptixGql/Internal]: the processor failed";
    }
    if (kind != null && JAVA_SIDE.contains(kind)) {
      return null;
    }
    if (kind != null && SNAPSHOT_FILE.contains(kind)) {
      return AT_FILE.matcher(message).find() ? null : "a snapshot error that names no file";
    }
    // Stages 2 and 3, and any id added since: GraphQL text, located to line and column.
    return AT_LINE.matcher(message).find() ? null : "a GraphQL error without path:line:col";
  }

  private static DiagnosticKind kindOf(String id) {
    for (DiagnosticKind kind : DiagnosticKind.values()) {
      if (kind.id().equals(id)) {
        return kind;
      }
    }
    return null;
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  /** {@code file:line: message}, the message's lines (symbol, location) joined into one. */
  private static String describe(Diagnostic<? extends JavaFileObject> error) {
    String where =
        error.getSource() == null
            ? ""
            : error.getSource().getName() + ":" + error.getLineNumber() + ": ";
    return where
        + error.getMessage(Locale.ROOT).lines().map(String::strip).collect(Collectors.joining(" "));
  }

  /** {@link #describe}, and the offending source line when there is one. */
  private static String describeFully(Diagnostic<? extends JavaFileObject> error) {
    String text = describe(error);
    if (error.getSource() == null || error.getLineNumber() <= 0) {
      return text;
    }
    try {
      String line =
          error
              .getSource()
              .getCharContent(true)
              .toString()
              .lines()
              .skip(error.getLineNumber() - 1)
              .findFirst()
              .orElse("");
      line = line.strip();
      return text + "\n      > " + (line.length() > 200 ? line.substring(0, 200) + "..." : line);
    } catch (IOException e) {
      return text;
    }
  }

  private static String describeAll(List<Diagnostic<? extends JavaFileObject>> errors) {
    return errors.stream()
        .map(OutcomeClassifier::describeFully)
        .distinct()
        .limit(10)
        .collect(Collectors.joining("\n"));
  }
}
