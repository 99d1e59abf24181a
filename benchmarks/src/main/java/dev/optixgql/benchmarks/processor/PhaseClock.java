package dev.optixgql.benchmarks.processor;

import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.util.EnumMap;
import java.util.Map;

/**
 * Adds up the wall time javac spends in each of its phases (parse, enter, analyze, generate), from
 * its task events, so the two compiles can be compared phase by phase. Phases javac nests inside
 * annotation processing (parsing and entering the generated sources) count under their own kind.
 * javac starts ENTER for every unit of a batch before finishing any, so a batch counts from its
 * first start to its first finish; the other kinds alternate start and finish per unit.
 */
final class PhaseClock implements TaskListener {
  private final Map<TaskEvent.Kind, Long> started = new EnumMap<>(TaskEvent.Kind.class);
  private final Map<TaskEvent.Kind, Long> total = new EnumMap<>(TaskEvent.Kind.class);

  @Override
  public void started(TaskEvent e) {
    started.putIfAbsent(e.getKind(), System.nanoTime());
  }

  @Override
  public void finished(TaskEvent e) {
    Long start = started.remove(e.getKind());
    if (start != null) {
      total.merge(e.getKind(), System.nanoTime() - start, Long::sum);
    }
  }

  /** Nanoseconds spent in {@code kind}. */
  long nanos(TaskEvent.Kind kind) {
    return total.getOrDefault(kind, 0L);
  }
}
