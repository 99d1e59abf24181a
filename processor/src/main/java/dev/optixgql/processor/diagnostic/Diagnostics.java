package dev.optixgql.processor.diagnostic;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Collects every diagnostic of a processing run, so one build reports all mistakes; severities can
 * be overridden per id by the {@code optixgql.severity.<Id>} option.
 */
public final class Diagnostics {
  /** What a user may set a diagnostic's severity to. */
  public enum Level {
    ERROR,
    WARNING,
    IGNORE
  }

  private final List<Diagnostic> reported = new ArrayList<>();
  private final Map<DiagnosticKind, Level> overrides = new EnumMap<>(DiagnosticKind.class);

  public void override(DiagnosticKind kind, Level level) {
    overrides.put(kind, level);
  }

  /** Reports {@code message} at a GraphQL location (or {@code null}) and a Java site. */
  public void report(DiagnosticKind kind, GraphQLLocation location, JavaSite site, String message) {
    javax.tools.Diagnostic.Kind severity = severity(kind);
    if (severity == null) {
      return;
    }
    reported.add(
        new Diagnostic(
            kind,
            severity,
            message,
            location,
            site == null ? null : site.element(),
            site == null ? null : site.annotation(),
            site == null ? null : site.value()));
  }

  private javax.tools.Diagnostic.Kind severity(DiagnosticKind kind) {
    Level level = overrides.get(kind);
    if (level == null || kind == DiagnosticKind.INTERNAL) {
      return kind.defaultSeverity();
    }
    switch (level) {
      case ERROR:
        return javax.tools.Diagnostic.Kind.ERROR;
      case WARNING:
        return javax.tools.Diagnostic.Kind.WARNING;
      default:
        return null;
    }
  }

  /** A mark to ask later whether errors were reported since. */
  public int mark() {
    return reported.size();
  }

  /** Whether an error was reported after {@code mark}. */
  public boolean hasErrorsSince(int mark) {
    for (int i = mark; i < reported.size(); i++) {
      if (reported.get(i).severity() == javax.tools.Diagnostic.Kind.ERROR) {
        return true;
      }
    }
    return false;
  }

  /** What was reported after {@code mark}, in order. */
  public List<Diagnostic> since(int mark) {
    return List.copyOf(reported.subList(mark, reported.size()));
  }

  public List<Diagnostic> all() {
    return List.copyOf(reported);
  }
}
