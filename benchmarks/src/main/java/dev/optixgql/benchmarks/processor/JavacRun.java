package dev.optixgql.benchmarks.processor;

import com.fasterxml.jackson.core.JsonParser;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import dev.optixgql.runtime.Operation;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.jspecify.annotations.Nullable;

/**
 * One in-process javac compile of the workspace: (a) the interface with the optixgql processor,
 * which validates, generates and compiles the generated sources, its cache kept from the compiles
 * before, (c) the same without the cache, (f) the interface with {@link FloorProcessor}, which
 * writes the same sources and does nothing else, or (b) the interface plus the reference generated
 * sources with {@code -proc:none}.
 */
final class JavacRun {
  /** Which of the two compiles. */
  enum Mode {
    /** optixgql with its cache kept in the workspace: a rebuild whose GraphQL did not change. */
    PROCESSOR("(a) optixgql, cache kept   "),
    /** optixgql with {@code -Aoptixgql.cache=false}: a clean build. */
    PROCESSOR_NO_CACHE("(c) optixgql, no cache     "),
    /** The floor: {@link FloorProcessor} writes the reference sources and does nothing else. */
    FLOOR("(f) a copying processor    "),
    PLAIN("(b) javac -proc:none       ");

    final String label;

    Mode(String label) {
      this.label = label;
    }
  }

  private static final String PROCESSOR_CLASS = "dev.optixgql.processor.OptixGqlProcessor";

  private JavacRun() {}

  /**
   * How long a compile took, in wall time and in the JVM's CPU time (every thread, see {@link
   * ProcessCpu}), how much of each was spent inside the processor, and javac's time per phase.
   */
  record Timing(
      long nanos,
      long cpuNanos,
      long processorNanos,
      long processorCpuNanos,
      long parseNanos,
      long enterNanos,
      long analyzeNanos,
      long generateNanos) {}

  /** Compiles into {@code output} and returns its timing; throws on any error or warning. */
  static Timing compile(Workspace workspace, Mode mode, Path output) throws IOException {
    Path classes = Files.createDirectories(output.resolve("classes"));
    Path generated = Files.createDirectories(output.resolve("generated"));
    List<String> options = baseOptions(classes);
    List<Path> sources = new ArrayList<>(List.of(workspace.interfaceSource()));
    addModeOptions(workspace, mode, generated, options, sources);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    TimedProcessor processor =
        switch (mode) {
          case PROCESSOR, PROCESSOR_NO_CACHE -> new TimedProcessor(newProcessor());
          case FLOOR ->
              new TimedProcessor(
                  new FloorProcessor(workspace.referenceOutput().resolve("generated")));
          case PLAIN -> null;
        };
    PhaseClock phases = new PhaseClock();
    long start = System.nanoTime();
    long startCpu = ProcessCpu.nanos();
    boolean ok;
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task =
          javac.getTask(
              null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources));
      if (processor != null) {
        task.setProcessors(List.of(processor));
      }
      ((JavacTask) task).addTaskListener(phases);
      ok = task.call();
    }
    long elapsed = System.nanoTime() - start;
    long cpu = ProcessCpu.nanos() - startCpu;
    requireClean(mode, ok, diagnostics);
    return new Timing(
        elapsed,
        cpu,
        processor == null ? 0 : processor.nanos(),
        processor == null ? 0 : processor.cpuNanos(),
        phases.nanos(TaskEvent.Kind.PARSE),
        phases.nanos(TaskEvent.Kind.ENTER),
        phases.nanos(TaskEvent.Kind.ANALYZE),
        phases.nanos(TaskEvent.Kind.GENERATE));
  }

  /**
   * What every compile is given: Java 17, UTF-8, its output, what generated code compiles against.
   */
  static List<String> baseOptions(Path classes) {
    return new ArrayList<>(
        List.of(
            "--release",
            "17",
            "-encoding",
            "UTF-8",
            "-d",
            classes.toString(),
            "-classpath",
            compileClasspath()));
  }

  /** The processor's options for {@code mode}, or plain javac's sources and {@code -proc:none}. */
  private static void addModeOptions(
      Workspace workspace, Mode mode, Path generated, List<String> options, List<Path> sources)
      throws IOException {
    if (mode == Mode.PROCESSOR || mode == Mode.PROCESSOR_NO_CACHE) {
      options.addAll(
          List.of(
              "-s",
              generated.toString(),
              "-Aoptixgql.graphqlDir=" + workspace.graphqlDir(),
              "-Aoptixgql.projectDir=" + workspace.root(),
              mode == Mode.PROCESSOR
                  ? "-Aoptixgql.cacheDir=" + workspace.cacheDir()
                  : "-Aoptixgql.cache=false"));
    } else if (mode == Mode.FLOOR) {
      options.addAll(List.of("-s", generated.toString()));
    } else {
      options.add("-proc:none");
      sources.addAll(Workspace.javaFiles(workspace.referenceOutput().resolve("generated")));
    }
  }

  /** Throws, naming the first 20, when the compile failed or warned. */
  private static void requireClean(
      Mode mode, boolean ok, DiagnosticCollector<JavaFileObject> diagnostics) {
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING) {
        errors.add(d.getKind() + ": " + d.getMessage(Locale.ROOT));
      }
    }
    if (!ok || !errors.isEmpty()) {
      throw new IllegalStateException(
          mode
              + " compile failed or warned:\n"
              + String.join("\n", errors.subList(0, Math.min(20, errors.size()))));
    }
  }

  /** Where the runtime, jackson-core and JSpecify are: what generated code compiles against. */
  static String compileClasspath() {
    Set<String> entries = new LinkedHashSet<>();
    for (Class<?> type : List.of(Operation.class, JsonParser.class, Nullable.class)) {
      try {
        entries.add(
            Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  /** The processor path's class loader, made once per JVM (see {@link #newProcessor}). */
  private static ClassLoader processorPath;

  /**
   * A new processor from its own jars (the processor path), in a class loader of its own as javac's
   * {@code -processorpath} gives it: what a consumer's build loads, not the 35 MB benchmarks jar.
   * The jars are {@code target/processor-path} beside the benchmarks jar, or {@code
   * -Doptixgql.processorPath}. A fresh JVM compiles once, so loads them once; the warm JVM keeps
   * the loader between compiles, as a daemon keeping its processor class loader would.
   */
  private static synchronized Processor newProcessor() {
    try {
      if (processorPath == null) {
        processorPath = processorLoader();
      }
      return (Processor)
          Class.forName(PROCESSOR_CLASS, true, processorPath).getConstructor().newInstance();
    } catch (ReflectiveOperationException | IOException | URISyntaxException e) {
      throw new IllegalStateException("The optixgql processor could not be loaded", e);
    }
  }

  private static ClassLoader processorLoader() throws IOException, URISyntaxException {
    Path dir =
        System.getProperty("optixgql.processorPath") != null
            ? Path.of(System.getProperty("optixgql.processorPath"))
            : Path.of(JavacRun.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("processor-path");
    List<URL> jars = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path jar : files.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
        jars.add(jar.toUri().toURL());
      }
    }
    if (jars.isEmpty()) {
      throw new IOException("No processor jars in " + dir + ": build the benchmarks module first");
    }
    return new URLClassLoader(jars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
  }
}
