package dev.optixgql.benchmarks.processor;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Runs one compile in a fresh JVM started by {@link ProcessorCost} and prints its time and heap
 * figures on one {@code RESULT} line.
 */
public final class ChildCompile {
  static final String RESULT = "RESULT";

  private ChildCompile() {}

  /** Arguments: {@code PROCESSOR|PLAIN}, the workspace root, the output directory. */
  public static void main(String[] args) throws Exception {
    HeapPeak heap = HeapPeak.start();
    JavacRun.Mode mode = JavacRun.Mode.valueOf(args[0]);
    JavacRun.Timing timing =
        JavacRun.compile(Workspace.open(Path.of(args[1])), mode, Path.of(args[2]));
    // GC notifications arrive on a service thread; give the last ones time to land.
    Thread.sleep(200);
    System.out.printf(
        Locale.ROOT,
        "%s %d %d %d %d %d %d %d %d %d %d %d %d%n",
        RESULT,
        timing.nanos(),
        timing.cpuNanos(),
        timing.processorNanos(),
        timing.processorCpuNanos(),
        heap.peakUsedBytes(),
        heap.peakLiveBytes(),
        heap.collections(),
        Runtime.getRuntime().maxMemory(),
        timing.parseNanos(),
        timing.enterNanos(),
        timing.analyzeNanos(),
        timing.generateNanos());
  }
}
