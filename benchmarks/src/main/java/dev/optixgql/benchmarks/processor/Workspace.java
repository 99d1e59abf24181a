package dev.optixgql.benchmarks.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The harness's throw-away project in a temporary directory: the snapshot and operations under
 * {@code graphql/}, the interface under {@code src/}, the reference generated sources, and one
 * fresh output directory per compile.
 */
final class Workspace {
  /** The snapshot's path under the GraphQL root: introspection JSON, or SDL with -Dsnapshot=sdl. */
  static final String SNAPSHOT =
      "sdl".equals(System.getProperty("snapshot")) ? "optix/full.graphqls" : "optix/full.json";

  private static final int OPERATIONS_PER_FILE = 20;

  private final Path root;

  private Workspace(Path root) {
    this.root = root;
  }

  static Workspace open(Path root) {
    return new Workspace(root);
  }

  static Workspace create(String snapshot, List<OperationCorpus.Operation> operations)
      throws IOException {
    Workspace workspace = new Workspace(Files.createTempDirectory("optixgql-processor-cost"));
    workspace.write(workspace.graphqlDir().resolve(SNAPSHOT), snapshot);
    for (int i = 0; i < operations.size(); i += OPERATIONS_PER_FILE) {
      StringBuilder file = new StringBuilder();
      for (OperationCorpus.Operation operation :
          operations.subList(i, Math.min(operations.size(), i + OPERATIONS_PER_FILE))) {
        file.append(operation.text()).append('\n');
      }
      String name =
          String.format(Locale.ROOT, "operations/ops%02d.graphql", i / OPERATIONS_PER_FILE);
      workspace.write(workspace.graphqlDir().resolve(name), file.toString());
    }
    workspace.write(workspace.interfaceSource(), ClientSource.of(SNAPSHOT, operations));
    return workspace;
  }

  Path root() {
    return root;
  }

  Path graphqlDir() {
    return root.resolve("graphql");
  }

  Path interfaceSource() {
    return root.resolve("src")
        .resolve(ClientSource.PACKAGE.replace('.', '/'))
        .resolve(ClientSource.INTERFACE + ".java");
  }

  /** The processor's cache, kept from one compile to the next as in a build directory. */
  Path cacheDir() {
    return root.resolve("optixgql-cache");
  }

  /** Where the first processor run's generated sources are kept for the plain-javac runs. */
  Path referenceOutput() {
    return root.resolve("reference");
  }

  /** An empty output directory for one compile. */
  Path freshOutput(String label) {
    Path out = root.resolve("runs").resolve(label);
    delete(out);
    return out;
  }

  /** The {@code .java} files under {@code dir}, sorted. */
  static List<Path> javaFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
