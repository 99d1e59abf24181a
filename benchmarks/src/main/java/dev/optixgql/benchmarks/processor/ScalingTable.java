package dev.optixgql.benchmarks.processor;

import java.util.Locale;

/**
 * {@link FragmentScaling}'s table: one row per case, and per doubling of fragments the factor by
 * which the processor's compile time grew over the row before it in the same schema and shape
 * ({@code (t2/t1)^(1/log2(n2/n1))}: 1 flat, 2 linear, 4 quadratic).
 */
final class ScalingTable {
  private record Row(String label, int fragments, FragmentScaling.Compiled c) {}

  private Row previous;

  /** Prints the header; rows follow as the cases finish. */
  ScalingTable() {
    System.out.printf(
        Locale.ROOT,
        "%-15s %6s %8s %9s %8s %9s %9s %9s %8s %6s  %s%n",
        "schema shape",
        "frags",
        "doc ln",
        "proc+jc s",
        "JVM s",
        "plain s",
        "gen ln",
        "peak MB",
        "live MB",
        "x/dbl",
        "outcome");
  }

  void row(String label, FragmentDocument.Result document, FragmentScaling.Compiled compiled) {
    row(label, document, compiled, document.fragments());
  }

  /** A row whose document holds fewer fragments than {@code asked}: the schema had no more. */
  void row(
      String label,
      FragmentDocument.Result document,
      FragmentScaling.Compiled compiled,
      int asked) {
    ScalingChild p = compiled.processor();
    String perDoubling = "";
    if (p.ok() && previous != null && previous.label().equals(label)) {
      double doublings =
          Math.log((double) document.fragments() / previous.fragments()) / Math.log(2);
      double growth = (double) p.javacNanos() / previous.c().processor().javacNanos();
      perDoubling = String.format(Locale.ROOT, "%.2f", Math.pow(growth, 1 / doublings));
    }
    System.out.printf(
        Locale.ROOT,
        "%-15s %6d %8d %9s %8s %9s %9d %9d %8d %6s  %s%n",
        label,
        document.fragments(),
        document.lines(),
        p.javacNanos() == 0 ? "-" : ScalingChild.seconds(p.javacNanos()),
        ScalingChild.seconds(p.jvmNanos()),
        compiled.plain() == null ? "-" : ScalingChild.seconds(compiled.plain().javacNanos()),
        p.generatedLines(),
        p.peakUsedBytes() >> 20,
        p.peakLiveBytes() >> 20,
        perDoubling,
        p.shortOutcome()
            + (asked > document.fragments() ? " (" + asked + " asked, no more fit)" : ""));
    Row row = new Row(label, document.fragments(), compiled);
    previous = p.ok() ? row : null;
    if (!p.ok()) {
      String outcome = p.outcome();
      System.out.println(
          "    " + (outcome.length() > 240 ? outcome.substring(0, 240) + "…" : outcome));
    }
  }

  void unfit(String label, int wanted, int found) {
    System.out.printf(
        Locale.ROOT,
        "%-15s %6d  no new point: the shape reaches only %d fragments in this schema%n",
        label,
        wanted,
        found);
    previous = null;
  }

  /** The notes under the table. */
  void finish() {
    System.out.println(
        "  proc+jc: the javac call with the processor inside the fresh JVM; JVM: the whole child,"
            + " start-up included; plain: javac -proc:none over the same interface and generated"
            + " sources, also in a fresh JVM.");
    System.out.println(HEAP_NOTE);
  }

  static final String HEAP_NOTE =
      "  heap (processor's compile): peak = the most heap in use seen (just before each"
          + " collection, from GC notifications, or at the end), which grows with the heap the GC"
          + " allows; live = the most still in use right after a collection, closer to what the"
          + " compile needs.";

  /** One case on its own: the realistic document. */
  static void describe(FragmentScaling.Compiled compiled) {
    ScalingChild p = compiled.processor();
    System.out.printf(
        Locale.ROOT,
        "  outcome %s; javac+processor %s s, fresh JVM %s s in all (target < 10 s); plain javac %s"
            + " s; %,d generated lines; heap peak %d MB, live %d MB (max heap %d MB)%n",
        p.outcome(),
        ScalingChild.seconds(p.javacNanos()),
        ScalingChild.seconds(p.jvmNanos()),
        compiled.plain() == null ? "-" : ScalingChild.seconds(compiled.plain().javacNanos()),
        p.generatedLines(),
        p.peakUsedBytes() >> 20,
        p.peakLiveBytes() >> 20,
        p.maxHeapBytes() >> 20);
  }
}
