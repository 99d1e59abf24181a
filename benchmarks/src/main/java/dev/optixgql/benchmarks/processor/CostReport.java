package dev.optixgql.benchmarks.processor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Prints the harness's side-by-side figures: medians of wall and CPU time for both compiles, the
 * processor's own share, their ratios and, for fresh JVMs, the heap.
 */
final class CostReport {
  private CostReport() {}

  /** One line per mode, then each mode's ratio to {@link JavacRun.Mode#PLAIN} and time added. */
  static void timings(Map<JavacRun.Mode, List<JavacRun.Timing>> timings) {
    List<JavacRun.Timing> plain = timings.get(JavacRun.Mode.PLAIN);
    timings.forEach((mode, list) -> line(mode.label, list));
    timings.forEach(
        (mode, list) -> {
          if (mode != JavacRun.Mode.PLAIN) {
            ratio(mode.label.substring(0, 3) + "/(b)", list, plain);
          }
        });
  }

  private static void ratio(
      String label, List<JavacRun.Timing> measured, List<JavacRun.Timing> plain) {
    System.out.printf(
        Locale.ROOT,
        "  %s: %.2fx wall, %.2fx CPU (ratio of the medians); median of the %d back-to-back"
            + " ratios: %.2fx wall; time added: %+.0f ms wall (medians)%n",
        label,
        median(measured, JavacRun.Timing::nanos) / median(plain, JavacRun.Timing::nanos),
        median(measured, JavacRun.Timing::cpuNanos) / median(plain, JavacRun.Timing::cpuNanos),
        measured.size(),
        pairedRatio(measured, plain, JavacRun.Timing::nanos),
        (median(measured, JavacRun.Timing::nanos) - median(plain, JavacRun.Timing::nanos)) / 1e6);
  }

  static void heap(String label, List<ChildResult> results) {
    System.out.printf(
        Locale.ROOT,
        "  %s: peak used heap median %d MB (max %d MB), largest live heap after GC %d MB;"
            + " process wall median %.0f ms%n",
        label,
        (long) median(results, ChildResult::peakUsedBytes) >> 20,
        results.stream().mapToLong(ChildResult::peakUsedBytes).max().orElse(0) >> 20,
        results.stream().mapToLong(ChildResult::peakLiveBytes).max().orElse(0) >> 20,
        median(results, ChildResult::wallNanos) / 1e6);
  }

  private static void line(String label, List<JavacRun.Timing> timings) {
    System.out.printf(
        Locale.ROOT,
        "  %s: wall median %5.0f ms %s, CPU median %5.0f ms; inside the processor %4.0f ms wall,"
            + " %4.0f ms CPU%n",
        label,
        median(timings, JavacRun.Timing::nanos) / 1e6,
        millis(timings),
        median(timings, JavacRun.Timing::cpuNanos) / 1e6,
        median(timings, JavacRun.Timing::processorNanos) / 1e6,
        median(timings, JavacRun.Timing::processorCpuNanos) / 1e6);
    System.out.printf(
        Locale.ROOT,
        "    javac phases, wall medians: parse %4.0f ms, enter %4.0f ms, analyze %4.0f ms,"
            + " generate %4.0f ms%n",
        median(timings, JavacRun.Timing::parseNanos) / 1e6,
        median(timings, JavacRun.Timing::enterNanos) / 1e6,
        median(timings, JavacRun.Timing::analyzeNanos) / 1e6,
        median(timings, JavacRun.Timing::generateNanos) / 1e6);
  }

  /**
   * The median over pairs of (a)/(b), each pair run back to back: load that comes and goes on a
   * shared machine then hits both sides of a ratio alike.
   */
  static double pairedRatio(
      List<JavacRun.Timing> withProcessor,
      List<JavacRun.Timing> plain,
      ToLongFunction<JavacRun.Timing> value) {
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < withProcessor.size(); i++) {
      ratios.add(
          (double) value.applyAsLong(withProcessor.get(i)) / value.applyAsLong(plain.get(i)));
    }
    return median(ratios);
  }

  static <T> double median(List<T> results, ToLongFunction<T> value) {
    List<Double> values = new ArrayList<>();
    for (T result : results) {
      values.add((double) value.applyAsLong(result));
    }
    return median(values);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static List<Long> millis(List<JavacRun.Timing> timings) {
    return timings.stream().map(t -> t.nanos() / 1_000_000).toList();
  }
}
