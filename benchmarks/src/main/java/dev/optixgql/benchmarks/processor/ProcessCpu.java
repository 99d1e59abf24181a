package dev.optixgql.benchmarks.processor;

import java.lang.management.ManagementFactory;

/**
 * The CPU time of the whole JVM so far: javac's thread, the processor's generator threads, and the
 * JIT and GC threads both compiles need. A thread's own CPU time would leave out work the processor
 * hands to other cores.
 */
final class ProcessCpu {
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private ProcessCpu() {}

  static long nanos() {
    return OS.getProcessCpuTime();
  }
}
