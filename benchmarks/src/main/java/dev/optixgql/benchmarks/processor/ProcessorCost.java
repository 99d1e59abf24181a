package dev.optixgql.benchmarks.processor;

import graphql.schema.GraphQLSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The processor-cost harness: builds a project of 200 operations against the real Optix schema,
 * then times javac with the optixgql processor (its cache kept from the compiles before, and
 * without the cache) and with a processor that only copies the same generated sources (the floor of
 * any source-generating processor) against plain javac over those sources, side by side in one run,
 * and measures each compile's peak heap in fresh JVMs.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.optixgql.benchmarks.processor.ProcessorCost
 * [schema.graphql] [operations] [warm-up pairs] [measured pairs] [child pairs]}; {@code
 * -DkeepWorkspace=true} keeps the generated project for inspection; {@code -Dsnapshot=sdl} keeps
 * the snapshot as SDL instead of introspection JSON. The small cases: {@code ... 1} (one operation)
 * and {@code ... 14}.
 */
public final class ProcessorCost {
  private static final String DEFAULT_SCHEMA = "../shared/optix/schema.full.graphql";

  private ProcessorCost() {}

  public static void main(String[] args) throws Exception {
    Path schemaFile = Path.of(arg(args, 0, DEFAULT_SCHEMA));
    int operationCount = Integer.parseInt(arg(args, 1, "200"));
    int warmups = Integer.parseInt(arg(args, 2, "3"));
    int runs = Integer.parseInt(arg(args, 3, "7"));
    int childRuns = Integer.parseInt(arg(args, 4, "5"));
    if (!Files.isRegularFile(schemaFile)) {
      System.err.println(
          "No schema at "
              + schemaFile.toAbsolutePath()
              + ": run from the repository root (it reads "
              + DEFAULT_SCHEMA
              + ") or pass its path.");
      System.exit(2);
    }

    String sdl = Files.readString(schemaFile, StandardCharsets.UTF_8);
    GraphQLSchema schema = IntrospectionSnapshot.schema(sdl);
    // The snapshot as users keep it: introspection JSON (download-schema's default), or with
    // -Dsnapshot=sdl the schema file itself.
    String snapshot =
        Workspace.SNAPSHOT.endsWith(".json") ? IntrospectionSnapshot.json(schema) : sdl;
    OperationCorpus.Result corpus = OperationCorpus.generate(schema, operationCount);
    Workspace workspace = Workspace.create(snapshot, corpus.operations());
    try {
      // The first processor run is a warm-up and leaves the sources the plain runs compile.
      JavacRun.compile(workspace, JavacRun.Mode.PROCESSOR, workspace.referenceOutput());
      List<Path> generated = Workspace.javaFiles(workspace.referenceOutput().resolve("generated"));
      long lines = 0;
      for (Path file : generated) {
        lines += Files.readAllLines(file, StandardCharsets.UTF_8).size();
      }
      System.out.printf(
          Locale.ROOT,
          "Processor cost: %s -> %s snapshot of %,d KB%n"
              + "  %d distinct operations, each valid per graphql-java's Validator (root fields"
              + " cycled: %d; candidates rejected: %d), in %d .graphql files%n"
              + "  one @GraphQLClient interface binding all %d (no variables); the processor"
              + " generates %d .java files, %,d lines%n",
          schemaFile,
          Workspace.SNAPSHOT.endsWith(".json") ? "introspection JSON" : "SDL",
          snapshot.getBytes(StandardCharsets.UTF_8).length / 1024,
          corpus.operations().size(),
          corpus.rootFields(),
          corpus.rejected(),
          (corpus.operations().size() + 19) / 20,
          corpus.operations().size(),
          generated.size(),
          lines);

      inProcess(workspace, warmups, runs);
      freshJvms(workspace, childRuns);
    } finally {
      if (Boolean.getBoolean("keepWorkspace")) {
        System.out.println("Workspace kept: " + workspace.root());
      } else {
        Workspace.delete(workspace.root());
      }
    }
  }

  private static void inProcess(Workspace workspace, int warmups, int runs) throws IOException {
    Map<JavacRun.Mode, List<JavacRun.Timing>> timings = new EnumMap<>(JavacRun.Mode.class);
    for (int i = 0; i < warmups + runs; i++) {
      for (JavacRun.Mode mode : JavacRun.Mode.values()) {
        JavacRun.Timing timing = inProcess(workspace, mode);
        if (i >= warmups) {
          timings.computeIfAbsent(mode, m -> new ArrayList<>()).add(timing);
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "In-process javac (ToolProvider, warm JVM; %d warm-up rounds, then %d rounds, the %d"
            + " compiles of a round one after another):%n",
        warmups,
        runs,
        JavacRun.Mode.values().length);
    CostReport.timings(timings);
  }

  private static JavacRun.Timing inProcess(Workspace workspace, JavacRun.Mode mode)
      throws IOException {
    System.gc();
    Path out = workspace.freshOutput(mode.name());
    JavacRun.Timing timing = JavacRun.compile(workspace, mode, out);
    Workspace.delete(out);
    return timing;
  }

  private static void freshJvms(Workspace workspace, int runs) throws Exception {
    if (runs == 0) {
      return;
    }
    Map<JavacRun.Mode, List<ChildResult>> results = new EnumMap<>(JavacRun.Mode.class);
    for (int i = 0; i < runs; i++) {
      for (JavacRun.Mode mode : JavacRun.Mode.values()) {
        results.computeIfAbsent(mode, m -> new ArrayList<>()).add(child(workspace, mode));
      }
    }
    System.out.printf(
        Locale.ROOT,
        "Fresh JVM per compile (cold, like a one-module build; %d rounds of the %d compiles;"
            + " %s, max heap %d MB):%n",
        runs,
        JavacRun.Mode.values().length,
        ChildResult.jvmFlags().isEmpty()
            ? "default JVM flags"
            : "JVM flags " + String.join(" ", ChildResult.jvmFlags()),
        results.get(JavacRun.Mode.PLAIN).get(0).maxHeapBytes() >> 20);
    Map<JavacRun.Mode, List<JavacRun.Timing>> timings = new EnumMap<>(JavacRun.Mode.class);
    results.forEach(
        (mode, list) -> timings.put(mode, list.stream().map(ChildResult::timing).toList()));
    CostReport.timings(timings);
    results.forEach((mode, list) -> CostReport.heap(mode.label, list));
    System.out.println(
        "  Heap method: inside each child, GC notifications (com.sun.management) give the heap in"
            + " use just before every collection; peak used = the largest of those and the usage at"
            + " the end; live = the largest heap in use right after a collection.");
  }

  private static ChildResult child(Workspace workspace, JavacRun.Mode mode) throws Exception {
    Path out = workspace.freshOutput("child-" + mode.name());
    ChildResult result = ChildResult.run(workspace, mode, out);
    Workspace.delete(out);
    return result;
  }

  private static String arg(String[] args, int index, String fallback) {
    return args.length > index ? args[index] : fallback;
  }
}
