package dev.optixgql.compat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks, from this test's class path, the jars a real build would hand one tool: the processor
 * path, a consumer's class path or module path. In the reactor a module may appear as its {@code
 * target/classes} directory rather than its jar; both are recognised.
 */
final class Jars {
  /**
   * The processor's jar and what it needs beside it: jackson-core alone, as its published POM says
   * (graphql-java and JavaPoet are inside it, relocated); its unshaded classes (a reactor build
   * that has not packaged it) need the libraries too.
   */
  static final List<String> PROCESSOR = List.of("optixgql-processor", "jackson-core");

  /** What the processor's unshaded classes need beside {@link #PROCESSOR}. */
  private static final List<String> PROCESSOR_LIBRARIES =
      List.of("javapoet", "graphql-java", "java-dataloader", "reactive-streams", "jspecify");

  /** What code using the generated clients compiles and runs against. */
  static final List<String> RUNTIME = List.of("optixgql-runtime", "jackson-core", "jspecify");

  /** The runtime and the sandbox, for the examples. */
  static final List<String> RUNTIME_AND_SANDBOX =
      List.of(
          "optixgql-runtime",
          "jackson-core",
          "jspecify",
          "optixgql-sandbox",
          "graphql-java",
          "java-dataloader",
          "reactive-streams");

  private Jars() {}

  /** The entries of this class path whose artifact is one of {@code artifacts}, in that order. */
  static List<Path> select(List<String> artifacts) {
    List<Path> out = new ArrayList<>();
    for (String artifact : artifacts) {
      Path found = null;
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        Path path = Path.of(entry);
        if (artifactOf(path).equals(artifact)) {
          found = path;
          break;
        }
      }
      if (found == null) {
        throw new IllegalStateException(
            artifact + " is not on the test class path: " + System.getProperty("java.class.path"));
      }
      out.add(found);
    }
    return out;
  }

  /** The processor path: {@link #PROCESSOR}, and its libraries when its classes are unshaded. */
  static List<Path> processorPath() {
    List<Path> path = new ArrayList<>(select(PROCESSOR));
    if (!shaded(path.get(0))) {
      path.addAll(select(PROCESSOR_LIBRARIES));
    }
    return path;
  }

  /** Whether {@code entry} is the processor's packaged jar, graphql-java and JavaPoet inside. */
  static boolean shaded(Path entry) {
    if (Files.isDirectory(entry)) {
      return false;
    }
    try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(entry.toFile())) {
      return jar.getEntry("dev/optixgql/processor/shaded/graphql/GraphQL.class") != null;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** {@code a.jar:b.jar}, for a compiler's command line. */
  static String path(List<Path> entries) {
    return String.join(File.pathSeparator, entries.stream().map(Path::toString).toList());
  }

  /**
   * {@code graphql-java-26.2.jar} → {@code graphql-java}; {@code runtime/target/classes} → {@code
   * optixgql-runtime}.
   */
  private static String artifactOf(Path entry) {
    String name = entry.getFileName().toString();
    if (Files.isDirectory(entry)
        && entry.getParent() != null
        && entry.getParent().getFileName().toString().equals("target")) {
      return "optixgql-" + entry.getParent().getParent().getFileName();
    }
    if (!name.endsWith(".jar")) {
      return name;
    }
    // The artifact id ends where the version starts: the first "-" followed by a digit.
    for (int i = 0; i < name.length() - 1; i++) {
      if (name.charAt(i) == '-' && Character.isDigit(name.charAt(i + 1))) {
        return name.substring(0, i);
      }
    }
    return name.substring(0, name.length() - ".jar".length());
  }
}
