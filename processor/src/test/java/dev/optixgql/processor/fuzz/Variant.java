package dev.optixgql.processor.fuzz;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One mutated input, reproducible from {@code (seed, index)} alone: the source it came from, the
 * file mutated (an operation file or the snapshot) and the mutations applied.
 */
record Variant(int index, FuzzSource source, String path, Mutator.Mutated mutated) {

  /** Plans variant {@code index}: picks a source and a file, then mutates it. */
  static Variant plan(
      long seed, int index, boolean snapshot, List<FuzzSource> optix, List<FuzzSource> starWars) {
    Random random = new Random(seed ^ (index * 0x9E3779B97F4A7C15L));
    double draw = random.nextDouble();
    FuzzSource source;
    if (starWars.isEmpty() || draw < 0.55) {
      // Optix: the SDL snapshot a little more often than its JSON twin.
      source = optix.get(random.nextInt(5) < 3 ? 0 : 1);
    } else {
      source = starWars.get(random.nextInt(starWars.size()));
    }
    String path;
    if (snapshot) {
      path = source.schemaPath();
    } else {
      List<String> operations = source.operationPaths();
      path = operations.get(random.nextInt(operations.size()));
    }
    Mutator.Mutated mutated =
        new Mutator(random, source.vocabulary()).mutate(source.files().get(path));
    return new Variant(index, source, path, mutated);
  }

  boolean snapshot() {
    return path.equals(source.schemaPath());
  }

  /** Every file of the source, the mutated one replaced. */
  Map<String, String> files() {
    return source.with(path, mutated.text());
  }

  String describe(long seed) {
    return "(seed "
        + seed
        + ", index "
        + index
        + ") "
        + source.name()
        + " "
        + path
        + " "
        + mutated.steps();
  }
}
