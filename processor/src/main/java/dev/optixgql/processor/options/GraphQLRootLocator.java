package dev.optixgql.processor.options;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Finds the GraphQL root by convention when {@code optixgql.graphqlDir} is not set: a {@code
 * src/<set>/graphql} directory beside the Java sources of the annotated interface.
 *
 * <p>Compilers tell a processor different things, so it asks in turn:
 *
 * <ol>
 *   <li>javac, unwrapped: the interface's source file, through {@code com.sun.source.util.Trees}
 *       ({@code src/main/java} → {@code src/main/graphql});
 *   <li>every compiler: the class output and the generated-source output from the {@link Filer},
 *       each walked up a few directories looking for {@code src/<set>/graphql} ({@code
 *       target/classes}, {@code build/classes/java/main}, {@code
 *       target/generated-sources/annotations}, or ECJ's {@code -d out -s gen} beside {@code src}).
 *       {@code <set>} is {@code test} when the output is a test output.
 * </ol>
 *
 * <p>ECJ (Eclipse, VS Code) has no {@code Trees} and its {@code Filer} answers {@code getResource}
 * only for files that exist; Gradle wraps the environment so compiler-specific casts fail. Both
 * reach the second step, which needs no compiler-specific API. The first answer is kept for the
 * compilation.
 */
public final class GraphQLRootLocator {
  /**
   * How many directories above an output the project may lie: 6 for Gradle's {@code
   * build/generated/sources/annotationProcessor/java/main}.
   */
  private static final int MAX_DEPTH = 6;

  private static final String PROBE = "optixgql-root-probe";

  private final ProcessingEnvironment env;
  private List<Path> outputs;
  private Path classOutput;

  public GraphQLRootLocator(ProcessingEnvironment env) {
    this.env = env;
  }

  /** The places looked at, most likely first. */
  public List<Path> candidates(TypeElement annotated) {
    List<Path> out = new ArrayList<>();
    Path sourceRoot = sourceRoot(annotated);
    if (sourceRoot != null && sourceRoot.getParent() != null) {
      out.add(sourceRoot.getParent().resolve("graphql").normalize());
    }
    for (Path output : outputs()) {
      Path dir = output;
      for (int depth = 0; dir != null && depth <= MAX_DEPTH; depth++, dir = dir.getParent()) {
        // Only the part below the project says "test": not a directory the project lives in.
        String set = isTestOutput(dir.relativize(output)) ? "test" : "main";
        Path candidate = dir.resolve("src").resolve(set).resolve("graphql").normalize();
        if (!out.contains(candidate)) {
          out.add(candidate);
        }
      }
    }
    return out;
  }

  /** The first candidate that is a directory, or {@code null}. */
  public Path locate(TypeElement annotated) {
    for (Path candidate : candidates(annotated)) {
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /**
   * Whether an output, relative to its project, is where a test source set's classes or sources go:
   * {@code target/test-classes}, {@code target/generated-test-sources/…}, {@code
   * build/classes/java/test}.
   */
  static boolean isTestOutput(Path relativeOutput) {
    for (Path part : relativeOutput) {
      String name = part.toString();
      if (name.equals("test") || name.startsWith("test-") || name.startsWith("generated-test")) {
        return true;
      }
    }
    return false;
  }

  private Path sourceRoot(TypeElement annotated) {
    TypeElement top = annotated;
    while (top.getEnclosingElement() instanceof TypeElement outer) {
      top = outer;
    }
    try {
      JavaFileObject source =
          com.sun.source.util.Trees.instance(env).getPath(top).getCompilationUnit().getSourceFile();
      URI uri = source.toUri();
      if (!"file".equals(uri.getScheme())) {
        return null;
      }
      Path root = Path.of(uri).getParent();
      PackageElement pkg = env.getElementUtils().getPackageOf(top);
      if (!pkg.isUnnamed()) {
        int depth = pkg.getQualifiedName().toString().split("\\.").length;
        for (int i = 0; i < depth && root != null; i++) {
          root = root.getParent();
        }
      }
      return root;
    } catch (RuntimeException | LinkageError e) {
      // Not javac (ECJ), or a wrapped environment (Gradle): the outputs tell instead.
      return null;
    }
  }

  /** The class output directory, or {@code null} when it is not a directory on disk. */
  public Path classOutput() {
    outputs();
    return classOutput;
  }

  /** The class output and generated-source output directories, as far as the Filer tells. */
  private List<Path> outputs() {
    if (outputs == null) {
      outputs = new ArrayList<>();
      for (StandardLocation location :
          List.of(StandardLocation.CLASS_OUTPUT, StandardLocation.SOURCE_OUTPUT)) {
        Path dir = directoryOf(location);
        if (location == StandardLocation.CLASS_OUTPUT) {
          classOutput = dir;
        }
        if (dir != null && !outputs.contains(dir)) {
          outputs.add(dir);
        }
      }
    }
    return outputs;
  }

  /**
   * A location's directory: the parent of a file named in it. javac's {@code getResource} names a
   * file that need not exist; ECJ's refuses one that does not, so {@code createResource} names it
   * then (nothing is written: the file object is never opened).
   */
  private Path directoryOf(StandardLocation location) {
    Filer filer = env.getFiler();
    FileObject probe;
    try {
      probe = filer.getResource(location, "", PROBE);
    } catch (IOException | RuntimeException e) {
      try {
        probe = filer.createResource(location, "", PROBE);
      } catch (IOException | RuntimeException again) {
        return null;
      }
    }
    try {
      URI uri = probe.toUri();
      return "file".equals(uri.getScheme()) ? Path.of(uri).toAbsolutePath().getParent() : null;
    } catch (RuntimeException e) {
      return null;
    }
  }
}
