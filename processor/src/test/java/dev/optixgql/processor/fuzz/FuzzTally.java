package dev.optixgql.processor.fuzz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts the fuzzer's outcomes per harness and per diagnostic id, keeps the failures with what
 * reproduces them, and renders the summary the test prints.
 */
final class FuzzTally {
  /** One failed variant: where it came from, what was done to it and what went wrong. */
  record Failure(String harness, Variant variant, Outcome outcome) {}

  private final long seed;
  private final Map<String, Map<Outcome.Kind, Integer>> byHarness = new TreeMap<>();
  private final Map<String, Integer> byId = new TreeMap<>();
  private final Map<String, Integer> bySource = new TreeMap<>();
  private final Map<String, Long> nanos = new TreeMap<>();
  private final Map<String, Integer> signatures = new TreeMap<>();
  private final Map<String, Integer> fileLevel = new TreeMap<>();
  private final Map<String, Integer> fileLevelKinds = new TreeMap<>();
  private final List<Failure> failures = new ArrayList<>();
  private int variants;

  FuzzTally(long seed) {
    this.seed = seed;
  }

  void add(String harness, Variant variant, Outcome outcome, long elapsedNanos) {
    variants++;
    nanos.merge(
        harness + (variant.snapshot() ? " snapshot" : " operation"), elapsedNanos, Long::sum);
    byHarness
        .computeIfAbsent(harness, k -> new EnumMap<>(Outcome.Kind.class))
        .merge(outcome.kind(), 1, Integer::sum);
    bySource.merge(variant.source().name(), 1, Integer::sum);
    if (outcome.kind() == Outcome.Kind.LOCATED) {
      outcome.ids().forEach(id -> byId.merge(id, 1, Integer::sum));
      if (outcome.fileLevel() > 0) {
        fileLevel.merge(harness, 1, Integer::sum);
        if (outcome.detail() != null) {
          fileLevelKinds.merge(signature(outcome), 1, Integer::sum);
        }
      }
    }
    if (outcome.failed()) {
      failures.add(new Failure(harness, variant, outcome));
      signatures.merge(harness + " " + signature(outcome), 1, Integer::sum);
    }
  }

  int variants() {
    return variants;
  }

  List<Failure> failures() {
    return failures;
  }

  String render(long millis) {
    StringBuilder out = new StringBuilder();
    out.append("Processor fuzz: seed ")
        .append(seed)
        .append(", ")
        .append(variants)
        .append(" variants in ")
        .append(String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0))
        .append(" (reproduce one with -Doptixgql.fuzz.seed=")
        .append(seed)
        .append(" -Doptixgql.fuzz.only=<index>)\n");
    out.append("  sources: ").append(join(bySource, bySource.size())).append('\n');
    for (Map.Entry<String, Map<Outcome.Kind, Integer>> harness : byHarness.entrySet()) {
      int total = harness.getValue().values().stream().mapToInt(Integer::intValue).sum();
      out.append("  ").append(harness.getKey()).append(" (").append(total).append("):");
      for (Outcome.Kind kind : Outcome.Kind.values()) {
        if (kind != Outcome.Kind.UNCOMPILABLE || harness.getKey().equals("javac")) {
          out.append(' ')
              .append(kind.label)
              .append(' ')
              .append(harness.getValue().getOrDefault(kind, 0))
              .append(',');
        }
      }
      out.setLength(out.length() - 1);
      out.append('\n');
    }
    out.append("  of which naming only the snapshot file, no line (allowed): ")
        .append(join(fileLevel, fileLevel.size()))
        .append('\n');
    fileLevelKinds.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
        .limit(5)
        .forEach(
            e ->
                out.append("    ")
                    .append(e.getValue())
                    .append(" × ")
                    .append(e.getKey())
                    .append('\n'));
    out.append("  time: ")
        .append(
            String.join(
                ", ",
                nanos.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue() / 1_000_000 + " ms")
                    .toList()))
        .append('\n');
    out.append("  located errors by id (variants reporting it, top 15): ")
        .append(join(byId, 15))
        .append('\n');
    if (!failures.isEmpty()) {
      out.append("  FAILURES (").append(failures.size()).append("), by kind:\n");
      signatures.forEach(
          (k, v) -> out.append("    ").append(v).append(" × ").append(k).append('\n'));
      out.append("  the first ones:\n");
      int traces = 0;
      for (Failure failure : failures.subList(0, Math.min(40, failures.size()))) {
        String detail = failure.outcome().detail();
        boolean trace = failure.outcome().kind() == Outcome.Kind.EXCEPTION && traces++ < 3;
        if (!trace) {
          detail = detail.lines().limit(2).reduce((a, b) -> a + " | " + b).orElse("");
        }
        out.append("  - ")
            .append(failure.harness())
            .append(' ')
            .append(failure.variant().describe(seed))
            .append(": ")
            .append(failure.outcome().kind().label)
            .append(": ")
            .append(detail)
            .append('\n');
      }
    }
    return out.toString();
  }

  /** What a failure looks like without its particulars: one line per distinct bug, roughly. */
  static String signature(Outcome outcome) {
    String detail = outcome.detail() == null ? "" : outcome.detail();
    if (outcome.kind() == Outcome.Kind.EXCEPTION) {
      String frame =
          detail
              .lines()
              .filter(l -> l.contains("dev.optixgql.processor.") && !l.contains(".fuzz."))
              .findFirst()
              .orElse("")
              .strip();
      return outcome.kind().label + ": " + detail.lines().findFirst().orElse("") + " " + frame;
    }
    String first = detail.lines().findFirst().orElse("");
    int tag = first.indexOf("[OptixGql/");
    String text =
        tag < 0 ? first : first.substring(0, first.indexOf(':') + 1) + first.substring(tag);
    text = text.replaceAll("'[^']*'", "'…'").replaceAll("\\d+", "N");
    return outcome.kind().label + ": " + (text.length() > 220 ? text.substring(0, 220) : text);
  }

  private static String join(Map<String, Integer> counts, int limit) {
    return String.join(
        ", ",
        counts.entrySet().stream()
            .sorted(
                Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(limit)
            .map(e -> e.getKey() + " " + e.getValue())
            .toList());
  }
}
