package dev.optixgql.processor.ir;

import java.util.Set;
import java.util.TreeSet;

/** The schema enums and input objects a set of operations reaches, by name, sorted. */
public record UsedTypes(Set<String> enums, Set<String> inputObjects) {
  public static UsedTypes empty() {
    return new UsedTypes(new TreeSet<>(), new TreeSet<>());
  }
}
