package dev.optixgql.processor.options;

import dev.optixgql.processor.diagnostic.DiagnosticKind;
import dev.optixgql.processor.diagnostic.Diagnostics;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The processor's options ({@code -Aoptixgql.…}), read once per run; README's "Configuration"
 * section documents each.
 */
public record ProcessorOptions(Path graphqlDir, Path projectDir, Map<String, String> raw) {
  /** Where the {@code .graphql} files and snapshots are; default {@code src/main/graphql}. */
  public static final String GRAPHQL_DIR = "optixgql.graphqlDir";

  /** What diagnostic paths are relative to; default the directory that holds {@code src}. */
  public static final String PROJECT_DIR = "optixgql.projectDir";

  /**
   * Test-only fault injection: processing the named interface fails as a bug would, so tests can
   * prove an internal failure becomes one {@code [OptixGql/Internal]} error and the rest goes on.
   */
  public static final String FAIL_FOR = "optixgql.internal.failFor";

  /** Prefix of per-id severity overrides: {@code optixgql.severity.Deprecation=ignore}. */
  public static final String SEVERITY_PREFIX = "optixgql.severity.";

  public static Set<String> supported() {
    Set<String> names = new TreeSet<>(Set.of(GRAPHQL_DIR, PROJECT_DIR, FAIL_FOR));
    for (DiagnosticKind kind : DiagnosticKind.values()) {
      names.add(SEVERITY_PREFIX + kind.id());
    }
    return names;
  }

  public static ProcessorOptions from(Map<String, String> options) {
    String dir = options.get(GRAPHQL_DIR);
    String project = options.get(PROJECT_DIR);
    return new ProcessorOptions(
        dir == null || dir.isBlank() ? null : Path.of(dir).toAbsolutePath().normalize(),
        project == null || project.isBlank() ? null : Path.of(project).toAbsolutePath().normalize(),
        Map.copyOf(options));
  }

  /** Applies {@code optixgql.severity.<Id>} overrides; unknown ids or levels are reported. */
  public void applySeverities(Diagnostics diagnostics) {
    for (Map.Entry<String, String> option : raw.entrySet()) {
      if (!option.getKey().startsWith(SEVERITY_PREFIX)) {
        continue;
      }
      String id = option.getKey().substring(SEVERITY_PREFIX.length());
      DiagnosticKind kind = null;
      for (DiagnosticKind candidate : DiagnosticKind.values()) {
        if (candidate.id().equals(id)) {
          kind = candidate;
        }
      }
      Diagnostics.Level level;
      try {
        level = Diagnostics.Level.valueOf(option.getValue().trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        level = null;
      }
      if (kind == null || level == null) {
        diagnostics.report(
            DiagnosticKind.INVALID_OPTION,
            null,
            null,
            "Option -A"
                + option.getKey()
                + "="
                + option.getValue()
                + " is not valid: the id must be one of the catalog's (see README, Diagnostics) and"
                + " the value one of error, warning, ignore.");
        continue;
      }
      diagnostics.override(kind, level);
    }
  }
}
