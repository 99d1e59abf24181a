package dev.optixgql.processor.corpus;

import dev.optixgql.processor.corpus.CaseOutcome.Kind;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Renders the corpus run: one row per case, the totals, the cases graphql-java accepts that we
 * still fail (the processor's work list), the crashes with their traces, and the harness's notes.
 */
final class CorpusReport {
  /**
   * One case's results: why graphql-java rejects it ({@code null}: it accepts it), ours, why we
   * refuse it by design ({@code null}: we should not), and how long the compilation took.
   */
  record CaseResult(
      String name,
      String rejection,
      CaseOutcome outcome,
      String refusedByDesign,
      List<String> notes,
      long millis) {
    boolean accepted() {
      return rejection == null;
    }

    boolean acceptedButFailed() {
      return accepted() && outcome.kind() != Kind.GENERATED;
    }

    /** A failure on a case graphql-java accepts that is not a deliberate refusal. */
    boolean unexpectedFailure() {
      return acceptedButFailed() && (refusedByDesign == null || outcome.kind() == Kind.CRASH);
    }
  }

  private CorpusReport() {}

  static String render(List<CaseResult> results) {
    StringBuilder out = new StringBuilder();
    int width = results.stream().mapToInt(r -> r.name().length()).max().orElse(10);
    String row = "%-" + width + "s  %-8s  %-13s  %s%n";
    out.append(String.format(Locale.ROOT, row, "case", "graphql", "outcome", "first error"));
    for (CaseResult result : results) {
      out.append(
          String.format(
              Locale.ROOT,
              row,
              result.name(),
              result.accepted() ? "accepts" : "rejects",
              label(result.outcome().kind()),
              result.outcome().firstError()));
    }

    out.append("\nTotals\n")
        .append(total("accepted-by-graphql-java", count(results, null, true), results.size()))
        .append(total("generated-and-compiled", count(results, Kind.GENERATED, false), -1))
        .append(total("located-error", count(results, Kind.LOCATED_ERROR, false), -1))
        .append(total("crash", count(results, Kind.CRASH, false), -1));
    long millis = results.stream().mapToLong(CaseResult::millis).sum();
    out.append(
        String.format(Locale.ROOT, "  %-26s %.1f s; slowest:", "compile time", millis / 1e3));
    results.stream()
        .sorted(Comparator.comparingLong(CaseResult::millis).reversed())
        .limit(3)
        .forEach(
            r -> out.append(' ').append(r.name()).append(" (").append(r.millis()).append(" ms)"));
    out.append('\n');

    List<CaseResult> work = results.stream().filter(CaseResult::acceptedButFailed).toList();
    out.append("\ngraphql-java accepts, optixgql fails (")
        .append(work.size())
        .append("): the processor's work list\n");
    for (CaseResult result : work) {
      out.append("  ")
          .append(result.name())
          .append(" [")
          .append(label(result.outcome().kind()))
          .append("]: ")
          .append(result.outcome().firstError())
          .append(
              result.refusedByDesign() == null
                  ? ""
                  : " (refused by design: " + result.refusedByDesign() + ")")
          .append('\n');
    }

    List<CaseResult> crashes =
        results.stream().filter(r -> r.outcome().kind() == Kind.CRASH).toList();
    out.append("\nCrashes (").append(crashes.size()).append(")\n");
    for (CaseResult result : crashes) {
      out.append("--- ")
          .append(result.name())
          .append('\n')
          .append(result.outcome().detail())
          .append('\n');
    }

    out.append("\ngraphql-java rejects (")
        .append(results.size() - count(results, null, true))
        .append(")\n");
    for (CaseResult result : results) {
      if (!result.accepted()) {
        out.append("  ").append(result.name()).append(": ").append(result.rejection()).append('\n');
      }
    }

    out.append("\nLeft out of the generated interfaces\n");
    if (results.stream().allMatch(r -> r.notes().isEmpty())) {
      out.append("  (nothing: every named operation and variable is bound)\n");
    }
    for (CaseResult result : results) {
      for (String note : result.notes()) {
        out.append("  ").append(result.name()).append(": ").append(note).append('\n');
      }
    }
    return out.toString();
  }

  private static String label(Kind kind) {
    return switch (kind) {
      case GENERATED -> "generated";
      case LOCATED_ERROR -> "located-error";
      case CRASH -> "CRASH";
    };
  }

  private static int count(List<CaseResult> results, Kind kind, boolean accepted) {
    return (int)
        results.stream().filter(r -> accepted ? r.accepted() : r.outcome().kind() == kind).count();
  }

  private static String total(String what, int count, int of) {
    return String.format(Locale.ROOT, "  %-26s %d%s%n", what, count, of < 0 ? "" : "/" + of);
  }
}
