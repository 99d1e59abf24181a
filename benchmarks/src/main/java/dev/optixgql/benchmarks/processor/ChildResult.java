package dev.optixgql.benchmarks.processor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a {@link ChildCompile} in a fresh JVM and reads back its figures. */
record ChildResult(
    JavacRun.Timing timing,
    long wallNanos,
    long peakUsedBytes,
    long peakLiveBytes,
    int collections,
    long maxHeapBytes) {

  /**
   * The fresh JVMs' extra flags: {@code -Doptixgql.childJvmFlags="-XX:TieredStopAtLevel=1"} (split
   * at white space), as a build's {@code .mvn/jvm.config} gives them to the JVM javac runs in.
   */
  static List<String> jvmFlags() {
    String flags = System.getProperty("optixgql.childJvmFlags", "").trim();
    return flags.isEmpty() ? List.of() : List.of(flags.split("\\s+"));
  }

  static ChildResult run(Workspace workspace, JavacRun.Mode mode, Path output)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path")));
    command.addAll(jvmFlags());
    // The processor's jars, when given, load in the child too (JavacRun.newProcessor).
    if (System.getProperty("optixgql.processorPath") != null) {
      command.add("-Doptixgql.processorPath=" + System.getProperty("optixgql.processorPath"));
    }
    command.addAll(
        List.of(
            ChildCompile.class.getName(),
            mode.name(),
            workspace.root().toString(),
            output.toString()));
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    long wall = System.nanoTime() - start;
    for (String line : out.split("\n")) {
      if (exit == 0 && line.startsWith(ChildCompile.RESULT + " ")) {
        String[] f = line.trim().split(" ");
        return new ChildResult(
            new JavacRun.Timing(
                Long.parseLong(f[1]),
                Long.parseLong(f[2]),
                Long.parseLong(f[3]),
                Long.parseLong(f[4]),
                Long.parseLong(f[9]),
                Long.parseLong(f[10]),
                Long.parseLong(f[11]),
                Long.parseLong(f[12])),
            wall,
            Long.parseLong(f[5]),
            Long.parseLong(f[6]),
            Integer.parseInt(f[7]),
            Long.parseLong(f[8]));
      }
    }
    throw new IllegalStateException(
        "Child compile " + mode + " failed (exit " + exit + "):\n" + out);
  }
}
