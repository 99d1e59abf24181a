package dev.optixgql.processor.options;

import dev.optixgql.processor.diagnostic.DiagnosticKind;
import dev.optixgql.processor.diagnostic.Diagnostics;
import dev.optixgql.processor.diagnostic.Suggestions;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The processor's options ({@code -Aoptixgql.…}), read once per run; docs/configuration.md section
 * documents each.
 */
public record ProcessorOptions(Path graphqlDir, Path projectDir, Map<String, String> raw) {
  /** Where the {@code .graphql} files and snapshots are; default {@code src/main/graphql}. */
  public static final String GRAPHQL_DIR = "optixgql.graphqlDir";

  /** What diagnostic paths are relative to; default the directory that holds {@code src}. */
  public static final String PROJECT_DIR = "optixgql.projectDir";

  /** The package for every snapshot's enums, input types and fragment interfaces. */
  public static final String TYPES_PACKAGE = "optixgql.typesPackage";

  /**
   * Whether to keep results on disk for the next compilation ({@code true}, the default, or {@code
   * false}).
   */
  public static final String CACHE = "optixgql.cache";

  /**
   * Where the cache is; default {@code optixgql-cache} in the build directory that holds classes.
   */
  public static final String CACHE_DIR = "optixgql.cacheDir";

  /** {@code true}: one note per round saying what was computed and what came from the cache. */
  public static final String STATS = "optixgql.stats";

  /** {@code true}: each operation also gets {@code XxxQueryFakes}, its test builders. */
  public static final String TEST_BUILDERS = "optixgql.testBuilders";

  /**
   * Test-only fault injection: processing the named interface fails as a bug would, so tests can
   * prove an internal failure becomes one {@code [OptixGql/Internal]} error and the rest goes on.
   */
  public static final String FAIL_FOR = "optixgql.internal.failFor";

  /** Prefix of per-id severity overrides: {@code optixgql.severity.Deprecation=ignore}. */
  public static final String SEVERITY_PREFIX = "optixgql.severity.";

  public static Set<String> supported() {
    Set<String> names =
        new TreeSet<>(
            Set.of(
                GRAPHQL_DIR,
                PROJECT_DIR,
                TYPES_PACKAGE,
                CACHE,
                CACHE_DIR,
                STATS,
                TEST_BUILDERS,
                FAIL_FOR));
    for (DiagnosticKind kind : DiagnosticKind.values()) {
      names.add(SEVERITY_PREFIX + kind.id());
    }
    return names;
  }

  /** The prefix every option this processor reads starts with; all others are left alone. */
  public static final String PREFIX = "optixgql.";

  /**
   * Reads the {@code optixgql.*} options from everything the compiler was given. Other processors'
   * options are never looked at, and a valueless option ({@code -Aflag}, which compilers hand over
   * with a {@code null} value) reads as the empty string.
   */
  public static ProcessorOptions from(Map<String, String> options) {
    Map<String, String> ours = new TreeMap<>();
    options.forEach(
        (key, value) -> {
          if (key != null && key.startsWith(PREFIX)) {
            ours.put(key, value == null ? "" : value);
          }
        });
    return new ProcessorOptions(
        path(ours.get(GRAPHQL_DIR)),
        path(ours.get(PROJECT_DIR)),
        Collections.unmodifiableMap(ours));
  }

  /** Whether the on-disk cache is on (it is unless {@code -Aoptixgql.cache=false}). */
  public boolean cacheEnabled() {
    return !"false".equalsIgnoreCase(raw.getOrDefault(CACHE, "true").strip());
  }

  /** {@code -Aoptixgql.cacheDir}, or {@code null} for the default place. */
  public Path cacheDir() {
    return path(raw.get(CACHE_DIR));
  }

  /** Whether to print what each round computed and what it read from the cache. */
  public boolean stats() {
    return "true".equalsIgnoreCase(raw.getOrDefault(STATS, "false").strip());
  }

  /** Whether to generate each operation's test builders ({@code -Aoptixgql.testBuilders=true}). */
  public boolean testBuilders() {
    return "true".equalsIgnoreCase(raw.getOrDefault(TEST_BUILDERS, "false").strip());
  }

  private static Path path(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Path.of(value.strip()).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      return null; // reported by applyTo
    }
  }

  /**
   * {@code -Aoptixgql.typesPackage}, when it names a package ({@code null} otherwise: then each
   * snapshot's types go to the package its interfaces share).
   */
  public String typesPackage() {
    String value = raw.get(TYPES_PACKAGE);
    return value == null || !javax.lang.model.SourceVersion.isName(value.strip())
        ? null
        : value.strip();
  }

  /**
   * Reports unknown {@code optixgql.*} options (a misspelt option would otherwise be ignored) and
   * path options without a usable value, then applies severity overrides.
   */
  public void applyTo(Diagnostics diagnostics) {
    reportUnknown(diagnostics);
    reportUnusableValues(diagnostics);
    applySeverities(diagnostics);
  }

  /** A misspelt option would otherwise be ignored. */
  private void reportUnknown(Diagnostics diagnostics) {
    Set<String> known = supported();
    List<String> documented =
        List.of(GRAPHQL_DIR, PROJECT_DIR, TYPES_PACKAGE, CACHE, CACHE_DIR, STATS, TEST_BUILDERS);
    for (String name : raw.keySet()) {
      if (!known.contains(name) && !name.startsWith(SEVERITY_PREFIX)) {
        invalid(
            diagnostics,
            "Option -A"
                + name
                + " is not an optixgql option: they are -A"
                + String.join(", -A", documented)
                + " and -A"
                + SEVERITY_PREFIX
                + "<Id> (docs/configuration.md)."
                + Suggestions.didYouMean(name, documented));
      }
    }
  }

  private void reportUnusableValues(Diagnostics diagnostics) {
    for (String name : List.of(GRAPHQL_DIR, PROJECT_DIR, CACHE_DIR)) {
      String value = raw.get(name);
      if (value != null && path(value) == null) {
        invalid(
            diagnostics,
            "Option -A"
                + name
                + (value.isBlank() ? " has no value" : "=" + value + " is not a valid path")
                + ": give a directory, as in -A"
                + name
                + "=/path/to/dir.");
      }
    }
    for (String name : List.of(CACHE, STATS, TEST_BUILDERS)) {
      String value = raw.get(name);
      if (value != null
          && !value.strip().equalsIgnoreCase("true")
          && !value.strip().equalsIgnoreCase("false")) {
        invalid(
            diagnostics, "Option -A" + name + "=" + value + " is not valid: give true or false.");
      }
    }
    String types = raw.get(TYPES_PACKAGE);
    if (types != null && typesPackage() == null) {
      invalid(
          diagnostics,
          "Option -A"
              + TYPES_PACKAGE
              + (types.isBlank() ? " has no value" : "=" + types + " is not a package name")
              + ": give one, as in -A"
              + TYPES_PACKAGE
              + "=com.acme.optix.");
    }
  }

  private static void invalid(Diagnostics diagnostics, String message) {
    diagnostics.report(DiagnosticKind.INVALID_OPTION, null, null, message);
  }

  /** The {@code optixgql.severity.<Id>} options as given, by name (sorted). */
  public Map<String, String> severityOptions() {
    Map<String, String> out = new TreeMap<>();
    raw.forEach(
        (name, value) -> {
          if (name.startsWith(SEVERITY_PREFIX)) {
            out.put(name, value);
          }
        });
    return out;
  }

  /** Applies {@code optixgql.severity.<Id>} overrides; unknown ids or levels are reported. */
  private void applySeverities(Diagnostics diagnostics) {
    for (Map.Entry<String, String> option : severityOptions().entrySet()) {
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
        invalid(
            diagnostics,
            "Option -A"
                + option.getKey()
                + "="
                + option.getValue()
                + " is not valid: the id must be one of the catalog's (see docs/diagnostics.md) and"
                + " the value one of error, warning, ignore.");
        continue;
      }
      diagnostics.override(kind, level);
    }
  }
}
