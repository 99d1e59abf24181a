package dev.optixgql.processor.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.processor.ir.IrOperation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4's acceptance test: seeded mutations of valid operations and snapshots (token deletions,
 * duplications, swaps, truncations, random bytes, near names) go through the processor's stages,
 * and a few hundred through javac; every run must end in success or located errors, never an
 * exception. Reproduce one variant with {@code -Doptixgql.fuzz.seed=S -Doptixgql.fuzz.only=I}.
 *
 * <p>{@code ./mvnw verify} runs a tenth of the variants (1,030, about 6 s); {@code
 * -Doptixgql.fuzz.full=true} runs all 10,300, as {@code .ci/run} does.
 */
class ProcessorFuzzTest {
  static final long DEFAULT_SEED = 20260104L;

  /** 1 for the full run, 10 for a tenth of it; variant indexes are the same either way. */
  static final int SHARE = Boolean.getBoolean("optixgql.fuzz.full") ? 1 : 10;

  static final int OPERATION_VARIANTS = 7_000 / SHARE;
  static final int SNAPSHOT_VARIANTS = 3_000 / SHARE;
  static final int JAVAC_VARIANTS = 300 / SHARE;

  @TempDir Path temp;

  @Test
  void everyVariantEndsInSuccessOrLocatedErrors() throws IOException {
    long seed = Long.getLong("optixgql.fuzz.seed", DEFAULT_SEED);
    Integer only = Integer.getInteger("optixgql.fuzz.only");
    Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    List<FuzzSource> optix = FuzzSources.optix(module);
    List<FuzzSource> starWars = FuzzSources.starWars(System.getProperty("optixgql.shared"));
    List<FuzzSource> all = new ArrayList<>(optix);
    all.addAll(starWars);

    long start = System.nanoTime();
    StageHarness stages = new StageHarness(temp.resolve("stages"));
    JavacHarness javac = new JavacHarness(temp.resolve("javac"));
    // The starting points must be clean, else the fuzzer only ever explores one error.
    Map<String, List<IrOperation>> clean = new HashMap<>();
    List<String> unclean = new ArrayList<>();
    for (FuzzSource source : all) {
      StageHarness.Result result = stages.run(source, source.files(), null);
      if (result.outcome().kind() != Outcome.Kind.SUCCESS) {
        unclean.add(source.name() + ": " + result.outcome());
      }
      clean.put(source.name(), result.operations());
    }
    for (FuzzSource source : all) { // and they must compile, else the javac harness is wrong
      Outcome outcome = javac.run(source, source.files(), clean.get(source.name()));
      if (outcome.kind() != Outcome.Kind.SUCCESS) {
        unclean.add(source.name() + " through javac: " + outcome);
      }
    }
    assertEquals(List.of(), unclean, "starting points must be clean");

    FuzzTally tally = new FuzzTally(seed);
    int stageVariants = OPERATION_VARIANTS + SNAPSHOT_VARIANTS;
    for (int index = 0; index < stageVariants + JAVAC_VARIANTS; index++) {
      if (only != null && index != only) {
        continue;
      }
      boolean snapshot = index < stageVariants ? index >= OPERATION_VARIANTS : index % 3 == 0;
      Variant variant = Variant.plan(seed, index, snapshot, optix, starWars);
      long began = System.nanoTime();
      if (index < stageVariants) {
        StageHarness.Result result = stages.run(variant.source(), variant.files(), variant.path());
        tally.add("stages", variant, result.outcome(), System.nanoTime() - began);
        if (only != null) {
          result.rendered().forEach(System.out::println);
        }
      } else {
        List<IrOperation> operations = clean.get(variant.source().name());
        Outcome outcome = javac.run(variant.source(), variant.files(), operations);
        tally.add("javac", variant, outcome, System.nanoTime() - began);
      }
    }
    System.out.println(tally.render((System.nanoTime() - start) / 1_000_000));
    saveFailures(module, seed, tally);

    assertTrue(
        only != null || tally.variants() >= (10_000 + 300) / SHARE,
        "too few variants: " + tally.variants());
    assertEquals(
        List.of(),
        tally.failures().stream()
            .limit(10)
            .map(f -> f.harness() + " " + f.variant().describe(seed))
            .toList(),
        tally.failures().size() + " variants failed (see FAILURES above); the first ones");
  }

  /** Writes each failing variant's files under {@code target/fuzz-failures/<seed>-<index>/}. */
  private static void saveFailures(Path module, long seed, FuzzTally tally) throws IOException {
    Path target = module.resolve("target");
    if (!Files.isDirectory(target)) {
      return;
    }
    for (FuzzTally.Failure failure : tally.failures()) {
      Path dir = target.resolve("fuzz-failures/" + seed + "-" + failure.variant().index());
      for (Map.Entry<String, String> file : failure.variant().files().entrySet()) {
        Path path = dir.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.write(path, file.getValue().getBytes(StandardCharsets.ISO_8859_1));
      }
      Files.writeString(
          dir.resolve("OUTCOME.txt"), failure.outcome().detail(), StandardCharsets.UTF_8);
    }
  }
}
