package dev.optixgql.benchmarks.processor;

import graphql.schema.GraphQLSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The processor-cost harness: builds a project of 200 operations against the real Optix schema,
 * then times javac with the optixgql processor against plain javac over the same generated sources,
 * side by side in one run, and measures the processor run's peak heap in fresh JVMs.
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
    List<JavacRun.Timing> withProcessor = new ArrayList<>();
    List<JavacRun.Timing> plain = new ArrayList<>();
    for (int i = 0; i < warmups + runs; i++) {
      JavacRun.Timing a = inProcess(workspace, JavacRun.Mode.PROCESSOR);
      JavacRun.Timing b = inProcess(workspace, JavacRun.Mode.PLAIN);
      if (i >= warmups) {
        withProcessor.add(a);
        plain.add(b);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "In-process javac (ToolProvider, warm JVM; %d warm-up pairs, then %d pairs alternating):%n",
        warmups,
        runs);
    CostReport.timings(withProcessor, plain);
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
    List<ChildResult> withProcessor = new ArrayList<>();
    List<ChildResult> plain = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      withProcessor.add(child(workspace, JavacRun.Mode.PROCESSOR));
      plain.add(child(workspace, JavacRun.Mode.PLAIN));
    }
    System.out.printf(
        Locale.ROOT,
        "Fresh JVM per compile (cold, like a one-module build; %d pairs alternating; default JVM"
            + " flags, max heap %d MB):%n",
        runs,
        withProcessor.get(0).maxHeapBytes() >> 20);
    CostReport.timings(
        withProcessor.stream().map(ChildResult::timing).toList(),
        plain.stream().map(ChildResult::timing).toList());
    CostReport.heap("(a) javac + optixgql processor ", withProcessor);
    CostReport.heap("(b) javac -proc:none, same code", plain);
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
