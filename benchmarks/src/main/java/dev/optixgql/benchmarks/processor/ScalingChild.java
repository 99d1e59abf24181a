package dev.optixgql.benchmarks.processor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Starts a {@link ScalingCompile} in a fresh JVM with a time limit and reads back what happened:
 * finished (with its figures), refused with an error, or killed at the limit.
 */
record ScalingChild(
    String outcome,
    long javacNanos,
    long jvmNanos,
    long peakUsedBytes,
    long peakLiveBytes,
    long maxHeapBytes,
    long generatedLines) {

  boolean ok() {
    return outcome.equals("ok");
  }

  static ScalingChild run(Path workspace, boolean processor, int timeoutSeconds, int stackMb)
      throws IOException, InterruptedException {
    Path output = workspace.resolve(processor ? "run-processor" : "run-plain");
    Workspace.delete(output);
    Path log = Files.createTempFile("optixgql-scaling", ".log");
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            ScalingCompile.class.getName(),
            processor ? "PROCESSOR" : "PLAIN",
            workspace.toString(),
            output.toString(),
            Integer.toString(stackMb));
    long start = System.nanoTime();
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
    long wall = System.nanoTime() - start;
    if (!finished) {
      process.destroyForcibly().waitFor();
      Files.delete(log);
      return new ScalingChild("did not finish in " + timeoutSeconds + " s", 0, wall, 0, 0, 0, 0);
    }
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    Files.delete(log);
    String error = null;
    String[] f = null;
    for (String line : lines) {
      if (line.startsWith(ScalingCompile.RESULT + " ")) {
        f = line.trim().split(" ");
      } else if (line.startsWith(ScalingCompile.ERROR + " ")) {
        error = line.substring(ScalingCompile.ERROR.length() + 1);
      }
    }
    if (f == null) {
      String tail = String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
      return new ScalingChild(
          "crashed (exit " + process.exitValue() + "): " + tail, 0, wall, 0, 0, 0, 0);
    }
    String outcome = f[1].equals("ok") ? "ok" : "refused (" + f[8] + " errors): " + error;
    return new ScalingChild(
        outcome,
        Long.parseLong(f[2]),
        wall,
        Long.parseLong(f[3]),
        Long.parseLong(f[4]),
        Long.parseLong(f[6]),
        Long.parseLong(f[7]));
  }

  /** The outcome cut to one table cell. */
  String shortOutcome() {
    String id = "[OptixGql/";
    int at = outcome.indexOf(id);
    if (at >= 0) {
      return outcome.substring(at, outcome.indexOf(']', at) + 1);
    }
    return outcome.length() > 60 ? outcome.substring(0, 60) + "…" : outcome;
  }

  static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.2f", nanos / 1e9);
  }
}
