package dev.optixgql.compat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.eclipse.jdt.core.compiler.batch.BatchCompiler;

/**
 * Runs a real compiler over a project on disk, as a build or an IDE would: javac through {@code
 * ToolProvider}, ECJ through its batch entry point (what {@code java -jar ecj.jar} runs), each with
 * a processor path, class output {@code <project>/<tool>/classes} and generated sources {@code
 * <project>/<tool>/generated}.
 */
final class Compilers {
  /** What one compilation printed and left behind. */
  record Result(boolean success, String output, Path classes, Path generated) {
    /** Generated source files by path relative to the generated-sources directory. */
    Map<String, byte[]> generatedFiles() {
      Map<String, byte[]> out = new TreeMap<>();
      if (!Files.isDirectory(generated)) {
        return out;
      }
      try (Stream<Path> files = Files.walk(generated)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          out.put(
              generated.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out;
    }

    /** The lines of the output that carry an optixgql diagnostic. */
    List<String> optixLines() {
      return output.lines().filter(line -> line.contains("[OptixGql/")).toList();
    }
  }

  private Compilers() {}

  /**
   * ECJ 3.40, class path before processor path: ECJ ignores a {@code -processorpath} given before
   * {@code -classpath} (Eclipse bug 573833), and then runs no processor at all.
   */
  static Result ecj(
      Path project, List<Path> classpath, List<Path> processorPath, List<String> options) {
    Path classes = project.resolve("ecj/classes");
    Path generated = project.resolve("ecj/generated");
    List<String> args = new ArrayList<>();
    args.addAll(List.of("-17", "-encoding", "UTF-8", "-proceedOnError"));
    args.addAll(List.of("-classpath", Jars.path(classpath)));
    args.addAll(List.of("-processorpath", Jars.path(processorPath)));
    args.addAll(List.of("-d", classes.toString(), "-s", generated.toString()));
    args.addAll(options);
    args.addAll(sources(project));
    StringWriter out = new StringWriter();
    boolean success;
    try (PrintWriter writer = new PrintWriter(out)) {
      success = BatchCompiler.compile(args.toArray(String[]::new), writer, writer, null);
    }
    return new Result(success, out.toString(), classes, generated);
  }

  /** javac of the JDK running the tests, {@code --release 17}. */
  static Result javac(
      Path project, List<Path> classpath, List<Path> processorPath, List<String> options) {
    return javacWithPaths(
        project, List.of("-classpath", Jars.path(classpath)), processorPath, options);
  }

  /** javac with {@code pathOptions} in place of a class path ({@code --module-path …}). */
  static Result javacWithPaths(
      Path project, List<String> pathOptions, List<Path> processorPath, List<String> options) {
    Path classes = project.resolve("javac/classes");
    Path generated = project.resolve("javac/generated");
    mkdirs(classes, generated);
    List<String> args = new ArrayList<>();
    args.addAll(List.of("--release", "17", "-encoding", "UTF-8"));
    args.addAll(pathOptions);
    args.addAll(List.of("-processorpath", Jars.path(processorPath)));
    args.addAll(List.of("-d", classes.toString(), "-s", generated.toString()));
    args.addAll(options);
    args.addAll(sources(project));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status =
        ToolProvider.getSystemJavaCompiler().run(null, out, out, args.toArray(String[]::new));
    return new Result(status == 0, out.toString(StandardCharsets.UTF_8), classes, generated);
  }

  /** Every {@code .java} file under {@code <project>/src/main/java}, sorted. */
  static List<String> sources(Path project) {
    try (Stream<Path> files = Files.walk(project.resolve("src/main/java"))) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .map(Path::toString)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the directory tree {@code from} to {@code to}. */
  static void copyTree(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes the directory tree {@code dir}, if there is one. */
  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void mkdirs(Path... dirs) {
    try {
      for (Path dir : dirs) {
        Files.createDirectories(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
