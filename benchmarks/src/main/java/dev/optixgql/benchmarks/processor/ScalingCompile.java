package dev.optixgql.benchmarks.processor;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * One {@link FragmentScaling} compile in a fresh JVM: javac with the processor given by {@code
 * -processorpath} (its own jars, its cache off: a clean build), or plain javac over sources the
 * processor generated before. Prints one {@code RESULT} line (outcome, wall time of the javac call,
 * heap figures from {@link HeapPeak}, generated lines) and, on failure, the first error.
 */
public final class ScalingCompile {
  static final String RESULT = "RESULT";
  static final String ERROR = "FIRST-ERROR";

  private ScalingCompile() {}

  /**
   * Arguments: {@code PROCESSOR|PLAIN}, the workspace root, the output directory, the stack of the
   * thread javac runs on in MB ({@code 0}: the main thread, the JVM's default).
   */
  public static void main(String[] args) throws Exception {
    HeapPeak heap = HeapPeak.start();
    boolean processor = args[0].equals("PROCESSOR");
    Path root = Path.of(args[1]);
    Path output = Path.of(args[2]);
    Path classes = Files.createDirectories(output.resolve("classes"));
    Path generated = Files.createDirectories(output.resolve("generated"));
    List<Path> sources = new ArrayList<>(javaFiles(root.resolve("src")));
    if (!processor) {
      sources.addAll(javaFiles(root.resolve("reference")));
    }
    List<String> options = options(processor, root, classes, generated);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    long stackBytes = Long.parseLong(args[3]) << 20;
    long start = System.nanoTime();
    boolean[] ok = new boolean[1];
    Runnable compile =
        () -> {
          try (StandardJavaFileManager files =
              javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            ok[0] =
                javac
                    .getTask(
                        null,
                        files,
                        diagnostics,
                        options,
                        null,
                        files.getJavaFileObjectsFromPaths(sources))
                    .call();
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        };
    if (stackBytes == 0) {
      compile.run();
    } else {
      // What -Xss (MAVEN_OPTS, javac -J-Xss) gives javac's thread in a build.
      Thread thread = new Thread(null, compile, "javac", stackBytes);
      thread.start();
      thread.join();
    }
    long nanos = System.nanoTime() - start;
    Thread.sleep(200); // GC notifications arrive on a service thread
    report(ok[0], nanos, heap, generated, diagnostics);
  }

  /** javac's options: the processor's (its own path, cache off) or {@code -proc:none}. */
  private static List<String> options(boolean processor, Path root, Path classes, Path generated)
      throws Exception {
    List<String> options = JavacRun.baseOptions(classes);
    if (processor) {
      options.addAll(
          List.of(
              "-processorpath",
              processorPath(),
              "-s",
              generated.toString(),
              "-Aoptixgql.graphqlDir=" + root.resolve("graphql"),
              "-Aoptixgql.projectDir=" + root,
              "-Aoptixgql.cache=false"));
    } else {
      options.add("-proc:none");
    }
    return options;
  }

  /** The RESULT line, and the first error if any. */
  private static void report(
      boolean ok,
      long nanos,
      HeapPeak heap,
      Path generated,
      DiagnosticCollector<JavaFileObject> diagnostics)
      throws Exception {
    long lines = 0;
    for (Path file : javaFiles(generated)) {
      lines += Files.readAllLines(file, StandardCharsets.UTF_8).size();
    }
    int errors = 0;
    String first = null;
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors++;
        if (first == null) {
          first = d.getMessage(Locale.ROOT).replace('\n', ' ');
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%s %s %d %d %d %d %d %d %d%n",
        RESULT,
        ok ? "ok" : "failed",
        nanos,
        heap.peakUsedBytes(),
        heap.peakLiveBytes(),
        heap.collections(),
        Runtime.getRuntime().maxMemory(),
        lines,
        errors);
    if (first != null) {
      System.out.println(ERROR + " " + first);
    }
  }

  /**
   * The processor's jars: {@code target/processor-path} beside the benchmarks jar (what the
   * benchmarks module's build assembles), or {@code -Doptixgql.processorPath}.
   */
  static String processorPath() throws Exception {
    Path dir = processorDir();
    List<String> jars = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      files
          .filter(f -> f.toString().endsWith(".jar"))
          .sorted()
          .forEach(f -> jars.add(f.toString()));
    }
    if (jars.isEmpty()) {
      throw new IllegalStateException("No processor jars in " + dir + ": build benchmarks first");
    }
    return String.join(File.pathSeparator, jars);
  }

  static Path processorDir() throws URISyntaxException {
    String configured = System.getProperty("optixgql.processorPath");
    return configured != null
        ? Path.of(configured)
        : Path.of(ScalingCompile.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolveSibling("processor-path");
  }

  static List<Path> javaFiles(Path dir) throws Exception {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }
}
